import { Button, Checkbox, FocusModal, Heading, Input, Label, Select, Switch, Text, Textarea, toast } from "@medusajs/ui"
import {
  DIET_ATTRIBUTES,
  DIET_LABELS,
  SUPPLEMENT_FACTS_LIMITS as LIMITS,
  SUPPLEMENT_FORM_LABELS,
  SUPPLEMENT_FORMS,
  type FieldErrors,
  type SupplementFacts,
  type SupplementFactsValues,
  type SupplementForm,
} from "@supplement-store/contract"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { useRef, useState, type FormEvent } from "react"
import { FieldsError } from "../../lib/fields"
import {
  checkDraft,
  draftOf,
  errorsForRows,
  otherIngredientLines,
  supplementFactsApi,
  supplementFactsKeys,
  type IngredientRow,
  type SupplementFactsDraft,
} from "../../lib/supplement-facts"
import { FormField } from "../form-field"
import { FieldError } from "./field-error"
import { IngredientsEditor } from "./ingredients-editor"

type Props = {
  productId: string
  /** The label being edited; null adds one. */
  facts: SupplementFacts | null
  open: boolean
  onOpenChange: (open: boolean) => void
}

/** The whole label in a focus modal, like Medusa's own product forms. Saving replaces the label. */
export const SupplementFactsModal = ({ productId, facts, open, onOpenChange }: Props) => (
  <FocusModal open={open} onOpenChange={onOpenChange}>
    <FocusModal.Content aria-describedby={undefined}>
      {/* Mounted only while open: every opening starts from the saved label. */}
      {open && <SupplementFactsForm productId={productId} facts={facts} onDone={() => onOpenChange(false)} />}
    </FocusModal.Content>
  </FocusModal>
)

/** Fields whose messages are shown beside a control; any other (e.g. `body`) goes in the list at the top. */
const SHOWN =
  /^(serving_size|servings_per_container|form|ingredients|other_ingredients|diets|suggested_use|warnings|third_party_tested)(\.|$)/

const SupplementFactsForm = ({ productId, facts, onDone }: { productId: string; facts: SupplementFacts | null; onDone: () => void }) => {
  const queryClient = useQueryClient()
  const formRef = useRef<HTMLFormElement>(null)
  const [draft, setDraft] = useState<SupplementFactsDraft>(() => draftOf(facts))
  const [errors, setErrors] = useState<FieldErrors>({})

  const showErrors = (next: FieldErrors) => {
    setErrors(next)
    // The first control with a problem, once React has marked it.
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus())
  }

  const save = useMutation({
    mutationFn: ({ body }: { body: SupplementFactsValues; rows: IngredientRow[] }) => supplementFactsApi.save(productId, body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: supplementFactsKeys.product(productId) })
      toast.success("Supplement facts saved")
      onDone()
    },
    onError: (failure, { rows }) => {
      if (failure instanceof FieldsError && Object.keys(failure.fields).length) {
        showErrors(errorsForRows(failure.fields, rows))
      }
      toast.error(`Could not save the supplement facts: ${failure.message}`)
    },
  })

  /** Sets one field and forgets its message (and its items' messages). */
  const set = <K extends keyof SupplementFactsDraft>(field: K, value: SupplementFactsDraft[K]) => {
    setDraft((current) => ({ ...current, [field]: value }))
    forget(field)
  }
  const forget = (prefix: string) =>
    setErrors((current) => {
      const kept = Object.entries(current).filter(([key]) => key !== prefix && !key.startsWith(`${prefix}.`))
      return kept.length === Object.keys(current).length ? current : Object.fromEntries(kept)
    })

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const checked = checkDraft(draft)
    if (!checked.success) {
      showErrors(checked.errors)
      return
    }
    setErrors({})
    save.mutate({ body: checked.body, rows: draft.ingredients })
  }

  const busy = save.isPending
  const others = otherIngredientLines(draft.other_ingredients)
  // "other_ingredients.<n>" names a line; shown with the line it is about.
  const otherErrors = Object.entries(errors)
    .filter(([key]) => key === "other_ingredients" || key.startsWith("other_ingredients."))
    .map(([key, message]) => {
      const index = /^other_ingredients\.(\d+)$/.exec(key)?.[1]
      const line = index === undefined ? undefined : others[Number(index)]
      return line === undefined ? message : `“${line.length > 40 ? `${line.slice(0, 40)}…` : line}”: ${message}`
    })
  const dietError = Object.entries(errors).find(([key]) => key === "diets" || key.startsWith("diets."))?.[1]
  const otherProblems = Object.entries(errors).filter(([key]) => !SHOWN.test(key))

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="flex h-full flex-col overflow-hidden">
      <FocusModal.Header>
        <FocusModal.Title asChild>
          <Heading level="h2">{facts ? "Edit supplement facts" : "Add supplement facts"}</Heading>
        </FocusModal.Title>
      </FocusModal.Header>
      <FocusModal.Body className="flex flex-1 flex-col items-center overflow-y-auto">
        <div className="flex w-full max-w-[860px] flex-col gap-y-8 px-6 py-10">
          {otherProblems.length > 0 && (
            <div className="bg-ui-bg-subtle rounded-md px-4 py-3" role="alert">
              {otherProblems.map(([key, message]) => (
                <Text key={key} size="small" className="text-ui-fg-error">
                  {key}: {message}
                </Text>
              ))}
            </div>
          )}

          <section className="grid grid-cols-1 gap-4 md:grid-cols-3">
            <FormField label="Serving size" htmlFor="facts-serving-size" hint="As the label says it, e.g. 2 capsules.">
              <Input
                id="facts-serving-size"
                value={draft.serving_size}
                maxLength={LIMITS.servingSize}
                aria-invalid={!!errors.serving_size}
                disabled={busy}
                onChange={(e) => set("serving_size", e.target.value)}
              />
              <FieldError message={errors.serving_size} />
            </FormField>
            <FormField label="Servings per container" htmlFor="facts-servings">
              <Input
                id="facts-servings"
                inputMode="numeric"
                value={draft.servings_per_container}
                aria-invalid={!!errors.servings_per_container}
                disabled={busy}
                onChange={(e) => set("servings_per_container", e.target.value)}
              />
              <FieldError message={errors.servings_per_container} />
            </FormField>
            <FormField label="Form" htmlFor="facts-form">
              <Select value={draft.form} disabled={busy} onValueChange={(value) => set("form", value as SupplementForm)}>
                <Select.Trigger id="facts-form" aria-invalid={!!errors.form}>
                  <Select.Value placeholder="Choose a form" />
                </Select.Trigger>
                <Select.Content>
                  {SUPPLEMENT_FORMS.map((form) => (
                    <Select.Item key={form} value={form}>
                      {SUPPLEMENT_FORM_LABELS[form]}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
              <FieldError message={errors.form} />
            </FormField>
          </section>

          <section className="flex flex-col gap-y-2">
            <Heading level="h3">Ingredients</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              In label order, amounts per serving. Leave % Daily Value blank where the FDA sets none.
            </Text>
            <IngredientsEditor
              rows={draft.ingredients}
              onChange={(rows) => setDraft((current) => ({ ...current, ingredients: rows }))}
              errors={errors}
              onEdited={forget}
              disabled={busy}
            />
          </section>

          <FormField label="Other ingredients" htmlFor="facts-other" optional hint="One per line, e.g. Hypromellose (capsule).">
            <Textarea
              id="facts-other"
              rows={4}
              value={draft.other_ingredients}
              aria-invalid={otherErrors.length > 0}
              disabled={busy}
              onChange={(e) => set("other_ingredients", e.target.value)}
            />
            {otherErrors.map((message) => (
              <FieldError key={message} message={message} />
            ))}
          </FormField>

          <fieldset className="flex flex-col gap-y-2">
            <legend className="txt-compact-small-plus mb-2">Diet attributes</legend>
            <div className="grid grid-cols-2 gap-2 md:grid-cols-3">
              {DIET_ATTRIBUTES.map((diet) => (
                <div key={diet} className="flex items-center gap-x-2">
                  <Checkbox
                    id={`facts-diet-${diet}`}
                    checked={draft.diets.includes(diet)}
                    disabled={busy}
                    onCheckedChange={(checked) =>
                      set("diets", checked === true ? [...draft.diets, diet] : draft.diets.filter((d) => d !== diet))
                    }
                  />
                  <Label htmlFor={`facts-diet-${diet}`} size="small">
                    {DIET_LABELS[diet]}
                  </Label>
                </div>
              ))}
            </div>
            <Text size="xsmall" className="text-ui-fg-subtle">
              Only what the product can claim; an unchecked attribute makes no claim.
            </Text>
            <FieldError message={dietError} />
          </fieldset>

          <FormField label="Suggested use" htmlFor="facts-suggested-use">
            <Textarea
              id="facts-suggested-use"
              rows={3}
              maxLength={LIMITS.suggestedUse}
              value={draft.suggested_use}
              aria-invalid={!!errors.suggested_use}
              disabled={busy}
              onChange={(e) => set("suggested_use", e.target.value)}
            />
            <FieldError message={errors.suggested_use} />
          </FormField>

          <FormField label="Warnings" htmlFor="facts-warnings" optional>
            <Textarea
              id="facts-warnings"
              rows={3}
              maxLength={LIMITS.warnings}
              value={draft.warnings}
              aria-invalid={!!errors.warnings}
              disabled={busy}
              onChange={(e) => set("warnings", e.target.value)}
            />
            <FieldError message={errors.warnings} />
          </FormField>

          <div className="flex flex-col gap-y-1">
            <div className="flex items-center gap-x-3">
              <Switch
                id="facts-third-party"
                checked={draft.third_party_tested}
                disabled={busy}
                onCheckedChange={(checked) => set("third_party_tested", checked)}
              />
              <Label htmlFor="facts-third-party" size="small" weight="plus">
                Third-party tested
              </Label>
            </div>
            <FieldError message={errors.third_party_tested} />
          </div>
        </div>
      </FocusModal.Body>
      <FocusModal.Footer>
        <div className="flex items-center justify-end gap-x-2">
          <FocusModal.Close asChild>
            <Button size="small" variant="secondary" type="button" disabled={busy}>
              Cancel
            </Button>
          </FocusModal.Close>
          <Button size="small" type="submit" isLoading={busy}>
            Save
          </Button>
        </div>
      </FocusModal.Footer>
    </form>
  )
}
