"use client"

import type { Autoship } from "@supplement-store/contract"
import { MAX_AUTOSHIP_QUANTITY } from "@supplement-store/contract/limits"
import { useActionState } from "react"

import type { FormState } from "@/lib/util/forms"
import { updateAutoship } from "@/modules/autoship/actions"
import { intervalLabel } from "@/modules/autoship/utils"
import AddressFields from "@/modules/common/components/form/address-fields"
import FormField from "@/modules/common/components/form/form-field"
import FormMessage from "@/modules/common/components/form/form-message"
import SubmitButton from "@/modules/common/components/form/submit-button"

type AutoshipChangeFormProps = {
  autoship: Autoship
  /** The plan's intervals; the autoship's own is offered even when the plan no longer lists it. */
  intervals: number[]
}

const initialState: FormState = { status: "idle" }

/** How often, how many of each line (0 removes one) and where an autoship ships, folded away until opened. */
export default function AutoshipChangeForm({ autoship, intervals }: AutoshipChangeFormProps) {
  const [state, formAction] = useActionState(updateAutoship, initialState)
  const errors = state.fieldErrors ?? {}
  const values = state.values ?? {}
  const idPrefix = `autoship-${autoship.id}-`
  const choices = intervals.includes(autoship.interval_days) ? intervals : [...intervals, autoship.interval_days].sort((a, b) => a - b)
  const addressValues =
    state.values ?? Object.fromEntries(Object.entries(autoship.shipping_address).map(([key, value]) => [key, value ?? ""]))

  return (
    // Open again after a submit, so its outcome (and any field error) shows, with or without JavaScript.
    <details open={state.status !== "idle" || undefined} className="rounded-md border border-sand-200 p-3">
      <summary className="cursor-pointer font-medium text-leaf-800">Change this autoship</summary>
      <form action={formAction} noValidate className="mt-4 flex flex-col gap-4">
        <input type="hidden" name="id" value={autoship.id} />
        <FormMessage status={state.status} message={state.message} />
        <div className="flex flex-col gap-1">
          <label htmlFor={`${idPrefix}interval_days`} className="text-sm font-medium text-bark-900">
            How often
          </label>
          <select
            id={`${idPrefix}interval_days`}
            name="interval_days"
            defaultValue={values.interval_days ?? String(autoship.interval_days)}
            className="w-full max-w-xs rounded-md border border-sand-300 bg-white px-3 py-2 text-base text-bark-900"
          >
            {choices.map((days) => (
              <option key={days} value={days}>
                {intervalLabel(days)}
              </option>
            ))}
          </select>
          {errors.interval_days ? <p className="text-sm text-clay-700">{errors.interval_days}</p> : null}
        </div>
        <fieldset className="flex flex-col gap-3">
          <legend className="mb-1 text-sm font-semibold text-bark-900">Quantities (0 removes a product)</legend>
          {autoship.lines.map((line, index) => (
            <div key={line.id}>
              <input type="hidden" name={`lines.${index}.id`} value={line.id} />
              <FormField
                idPrefix={idPrefix}
                name={`lines.${index}.quantity`}
                label={`Quantity of ${[line.product_title ?? "Product", line.variant_title].filter(Boolean).join(", ")}`}
                type="number"
                inputMode="numeric"
                min={0}
                max={MAX_AUTOSHIP_QUANTITY}
                required
                defaultValue={values[`lines.${index}.quantity`] ?? String(line.quantity)}
                error={errors[`lines.${index}.quantity`] ?? errors[`lines.${index}`]}
                className="max-w-xs"
              />
            </div>
          ))}
          {errors.lines ? <p className="text-sm text-clay-700">{errors.lines}</p> : null}
        </fieldset>
        <fieldset>
          <legend className="mb-2 text-sm font-semibold text-bark-900">Shipping address</legend>
          <AddressFields values={addressValues} errors={errors} idPrefix={idPrefix} />
        </fieldset>
        <div>
          <SubmitButton pendingText="Saving…">Save changes</SubmitButton>
        </div>
      </form>
    </details>
  )
}
