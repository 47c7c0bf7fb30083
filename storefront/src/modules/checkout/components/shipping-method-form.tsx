"use client"

import { useActionState } from "react"

import type { ActionState } from "@/lib/util/forms"
import { saveShippingMethod } from "@/modules/checkout/actions"
import FormMessage from "@/modules/common/components/form/form-message"
import SubmitButton from "@/modules/common/components/form/submit-button"

export type ShippingChoice = {
  id: string
  name: string
  description: string | null
  price: string
  disabled: boolean
}

type ShippingMethodFormProps = {
  options: ShippingChoice[]
  selectedId: string | null
}

const initialState: ActionState = { status: "idle" }

/** Checkout step 2: one radio per shipping option, with its price for this cart. */
export default function ShippingMethodForm({ options, selectedId }: ShippingMethodFormProps) {
  const [state, formAction] = useActionState(saveShippingMethod, initialState)
  const fallback = options.find((option) => !option.disabled)?.id
  const defaultId = selectedId && options.some((o) => o.id === selectedId) ? selectedId : fallback

  return (
    <form action={formAction} className="flex flex-col gap-4">
      <FormMessage status={state.status} message={state.message} />
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-2 text-base font-semibold text-bark-900">Shipping method</legend>
        {options.map((option) => (
          <label
            key={option.id}
            className={`flex cursor-pointer items-start gap-3 rounded-md border border-sand-300 bg-white p-3 has-checked:border-leaf-600 has-checked:bg-leaf-50 ${
              option.disabled ? "cursor-not-allowed opacity-60" : ""
            }`}
          >
            <input
              type="radio"
              name="option_id"
              value={option.id}
              defaultChecked={option.id === defaultId}
              disabled={option.disabled}
              required
              className="mt-1 h-4 w-4 accent-leaf-700"
            />
            <span className="flex flex-1 flex-wrap items-baseline justify-between gap-x-4">
              <span>
                <span className="font-medium text-bark-900">{option.name}</span>
                {option.description ? (
                  <span className="block text-sm text-bark-600">{option.description}</span>
                ) : null}
              </span>
              <span className="font-semibold text-bark-900">{option.price}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div>
        <SubmitButton pendingText="Saving…">Continue to payment</SubmitButton>
      </div>
    </form>
  )
}
