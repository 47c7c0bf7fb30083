import { z } from "zod"
import { DIET_ATTRIBUTES, INGREDIENT_UNITS, SUPPLEMENT_FACTS_LIMITS as L, SUPPLEMENT_FORMS } from "./supplement-terms"

export * from "./supplement-terms"

const Text = (label: string, max: number) =>
  z
    .string({ error: `Enter ${label}` })
    .trim()
    .min(1, `Enter ${label}`)
    .max(max, `${label[0].toUpperCase()}${label.slice(1)} must be at most ${max} characters`)
    .refine((text) => !/[\u0000-\u0008\u000b-\u001f\u007f]/.test(text), `${label[0].toUpperCase()}${label.slice(1)} must not contain control characters`)

/** One line of the label's table: an amount per serving, and its % Daily Value where the FDA sets one. */
export const SupplementIngredient = z
  .object({
    name: Text("the ingredient's name", L.ingredientName),
    amount: z
      .number({ error: "Enter the amount per serving as a number" })
      .finite()
      .positive("The amount must be more than 0")
      .max(L.amount, `The amount must be at most ${L.amount}`),
    unit: z.enum(INGREDIENT_UNITS, { error: `Unit must be one of: ${INGREDIENT_UNITS.join(", ")}` }),
    daily_value_percent: z
      .number({ error: "% Daily Value must be a number" })
      .finite()
      .min(0, "% Daily Value must not be negative")
      .max(L.dailyValuePercent, `% Daily Value must be at most ${L.dailyValuePercent}`)
      .nullable()
      .default(null),
  })
  .strict()

/** POST /admin/products/:id/supplement-facts: the whole label (it replaces the one before). */
export const AdminSupplementFactsBody = z
  .object({
    serving_size: Text("the serving size", L.servingSize),
    servings_per_container: z
      .number({ error: "Servings per container must be a whole number" })
      .int("Servings per container must be a whole number")
      .positive("Servings per container must be at least 1")
      .max(L.servingsPerContainer, `Servings per container must be at most ${L.servingsPerContainer}`),
    form: z.enum(SUPPLEMENT_FORMS, { error: `Form must be one of: ${SUPPLEMENT_FORMS.join(", ")}` }),
    ingredients: z
      .array(SupplementIngredient)
      .min(1, "List at least one ingredient")
      .max(L.ingredients, `At most ${L.ingredients} ingredients`)
      .refine(
        (items) => new Set(items.map((item) => item.name.toLowerCase())).size === items.length,
        "Each ingredient may be listed once"
      ),
    other_ingredients: z.array(Text("the other ingredient", L.otherIngredientName)).max(L.otherIngredients).default([]),
    diets: z
      .array(z.enum(DIET_ATTRIBUTES, { error: `Diet attributes must be among: ${DIET_ATTRIBUTES.join(", ")}` }))
      .max(DIET_ATTRIBUTES.length)
      .default([])
      .transform((diets) => [...new Set(diets)]),
    suggested_use: Text("the suggested use", L.suggestedUse),
    warnings: Text("the warnings", L.warnings).nullable().default(null),
    third_party_tested: z.boolean({ error: "Third-party tested must be true or false" }).default(false),
  })
  .strict()

export type SupplementFactsInput = z.input<typeof AdminSupplementFactsBody>
export type SupplementFactsValues = z.output<typeof AdminSupplementFactsBody>

/** The label as the API answers it (admin and store, `supplement_facts` on a product). */
export type SupplementFacts = SupplementFactsValues & { id: string; product_id: string }

const OneOrMore = <T extends z.ZodType>(item: T, max: number, message: string) =>
  z
    .union([item, z.array(item)])
    .transform((value) => [value].flat() as z.output<T>[])
    .refine((values) => values.length <= max, message)

/** GET /store/products?form=capsule&diet=vegan&diet=gluten-free&ingredient=Magnesium: the listing's label filters. */
export const StoreProductFactsQuery = z.object({
  form: OneOrMore(z.enum(SUPPLEMENT_FORMS, { error: `form must be one of: ${SUPPLEMENT_FORMS.join(", ")}` }), SUPPLEMENT_FORMS.length, "too many forms").optional(),
  diet: OneOrMore(z.enum(DIET_ATTRIBUTES, { error: `diet must be among: ${DIET_ATTRIBUTES.join(", ")}` }), DIET_ATTRIBUTES.length, "too many diets").optional(),
  ingredient: OneOrMore(Text("an ingredient", L.ingredientName), L.filterIngredients, `at most ${L.filterIngredients} ingredients`).optional(),
})
