import {
  AdminSupplementFactsBody,
  fieldErrorsOf,
  type DietAttribute,
  type FieldErrors,
  type IngredientUnit,
  type SupplementFacts,
  type SupplementFactsValues,
  type SupplementForm,
} from "@supplement-store/contract"
import { postForFields } from "./fields"
import { sdk } from "./sdk"

/** Query keys, API calls and the form's draft ⇄ body conversion for a product's supplement-facts label. */

export const supplementFactsKeys = {
  all: ["supplement-facts"] as const,
  product: (productId: string) => ["supplement-facts", productId] as const,
}

const path = (productId: string) => `/admin/products/${encodeURIComponent(productId)}/supplement-facts`

export type SupplementFactsResponse = { supplement_facts: SupplementFacts | null }

export const supplementFactsApi = {
  retrieve: (productId: string) => sdk.client.fetch<SupplementFactsResponse>(path(productId)),
  /** Throws a `FieldsError` with the route's `fields` on a 400. */
  save: (productId: string, body: SupplementFactsValues) => postForFields<{ supplement_facts: SupplementFacts }>(path(productId), body),
  remove: (productId: string) => sdk.client.fetch<{ id: string; object: string; deleted: boolean }>(path(productId), { method: "DELETE" }),
}

/** One line of the ingredients table as typed: numbers stay text until the form is checked. */
export type IngredientRow = {
  /** Stable across reordering, so inputs and their messages follow the row. */
  key: string
  name: string
  amount: string
  unit: IngredientUnit | ""
  daily_value_percent: string
}

export type IngredientField = Exclude<keyof IngredientRow, "key">

/** The whole form as typed. */
export type SupplementFactsDraft = {
  serving_size: string
  servings_per_container: string
  form: SupplementForm | ""
  ingredients: IngredientRow[]
  /** One per line. */
  other_ingredients: string
  diets: DietAttribute[]
  suggested_use: string
  warnings: string
  third_party_tested: boolean
}

let nextKey = 0
export const newIngredientRow = (values?: Partial<Omit<IngredientRow, "key">>): IngredientRow => ({
  key: `ingredient-${nextKey++}`,
  name: values?.name ?? "",
  amount: values?.amount ?? "",
  unit: values?.unit ?? "",
  daily_value_percent: values?.daily_value_percent ?? "",
})

/** The form for a label, or an empty one (with one blank ingredient row) when there is none yet. */
export function draftOf(facts: SupplementFacts | null): SupplementFactsDraft {
  if (!facts) {
    return {
      serving_size: "",
      servings_per_container: "",
      form: "",
      ingredients: [newIngredientRow()],
      other_ingredients: "",
      diets: [],
      suggested_use: "",
      warnings: "",
      third_party_tested: false,
    }
  }
  return {
    serving_size: facts.serving_size,
    servings_per_container: String(facts.servings_per_container),
    form: facts.form,
    ingredients: facts.ingredients.map((item) =>
      newIngredientRow({
        name: item.name,
        amount: String(item.amount),
        unit: item.unit,
        daily_value_percent: item.daily_value_percent === null ? "" : String(item.daily_value_percent),
      })
    ),
    other_ingredients: facts.other_ingredients.join("\n"),
    diets: [...facts.diets],
    suggested_use: facts.suggested_use,
    warnings: facts.warnings ?? "",
    third_party_tested: facts.third_party_tested,
  }
}

/**
 * A typed number: blank → undefined (the schema answers "Enter …"), anything else through `Number`
 * (text that is no number becomes NaN, which the schema refuses with the field's own sentence).
 */
const numberOf = (text: string) => (text.trim() === "" ? undefined : Number(text.trim()))

/** The lines of the "other ingredients" box that say something, in order. */
export const otherIngredientLines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)

/** What the form would send, before the schema has seen it. */
function bodyOf(draft: SupplementFactsDraft) {
  return {
    serving_size: draft.serving_size,
    servings_per_container: numberOf(draft.servings_per_container),
    form: draft.form || undefined,
    ingredients: draft.ingredients.map((row) => ({
      name: row.name,
      amount: numberOf(row.amount),
      unit: row.unit || undefined,
      daily_value_percent: numberOf(row.daily_value_percent) ?? null,
    })),
    other_ingredients: otherIngredientLines(draft.other_ingredients),
    diets: draft.diets,
    suggested_use: draft.suggested_use,
    warnings: draft.warnings.trim() === "" ? null : draft.warnings,
    third_party_tested: draft.third_party_tested,
  }
}

/**
 * Field errors keyed the way the form shows them: `ingredients.<n>.<field>` (the contract's and the
 * route's dotted paths) becomes `ingredients.<row key>.<field>`, so a message stays beside its row when
 * rows are moved. `rows` are the rows that were checked or sent, in that order.
 */
export function errorsForRows(fields: FieldErrors, rows: IngredientRow[]): FieldErrors {
  const shown: FieldErrors = {}
  for (const [field, message] of Object.entries(fields)) {
    const match = /^ingredients\.(\d+)(?:\.(.+))?$/.exec(field)
    const row = match ? rows[Number(match[1])] : undefined
    const key = match && row ? `ingredients.${row.key}${match[2] ? `.${match[2]}` : ""}` : field
    shown[key] ??= message
  }
  return shown
}

/** The schema's verdict on the form: the body to send, or the errors to show (keyed by row). */
export function checkDraft(
  draft: SupplementFactsDraft
): { success: true; body: SupplementFactsValues } | { success: false; errors: FieldErrors } {
  const result = AdminSupplementFactsBody.safeParse(bodyOf(draft))
  if (result.success) {
    return { success: true, body: result.data }
  }
  const errors = fieldErrorsOf(result.error)
  // A select left on its placeholder: "choose" says more than the list of allowed values.
  if (errors.form && !draft.form) {
    errors.form = "Choose a form"
  }
  draft.ingredients.forEach((row, index) => {
    if (errors[`ingredients.${index}.unit`] && !row.unit) {
      errors[`ingredients.${index}.unit`] = "Choose a unit"
    }
  })
  return { success: false, errors: errorsForRows(errors, draft.ingredients) }
}

export const ingredientErrorKey = (row: IngredientRow, field: IngredientField) => `ingredients.${row.key}.${field}`
