"use client"

import { useActionState, useState } from "react"

import type { ActionState } from "@/lib/util/forms"
import { savePaymentMethod } from "@/modules/checkout/actions"
import { paymentMethodFor } from "@/modules/checkout/components/payment/registry"
import FormMessage from "@/modules/common/components/form/form-message"
import SubmitButton from "@/modules/common/components/form/submit-button"

type PaymentFormProps = {
  providerIds: string[]
  selectedId: string | null
}

const initialState: ActionState = { status: "idle" }

/** Checkout step 3: choose how to pay; each provider brings its own details UI. */
export default function PaymentForm({ providerIds, selectedId }: PaymentFormProps) {
  const [state, formAction] = useActionState(savePaymentMethod, initialState)
  const [chosen, setChosen] = useState<string | null>(
    selectedId && providerIds.includes(selectedId) ? selectedId : (providerIds[0] ?? null)
  )

  if (providerIds.length === 0) {
    return (
      <p role="alert" className="text-clay-700">
        No payment methods are available right now. Please try again later.
      </p>
    )
  }

  return (
    <form action={formAction} className="flex flex-col gap-4">
      <FormMessage status={state.status} message={state.message} />
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-2 text-base font-semibold text-bark-900">Payment method</legend>
        {providerIds.map((providerId) => {
          const method = paymentMethodFor(providerId)
          const Details = method.Details
          return (
            <div key={providerId} className="rounded-md border border-sand-300 bg-white p-3 has-checked:border-leaf-600 has-checked:bg-leaf-50">
              <label className="flex cursor-pointer items-start gap-3">
                <input
                  type="radio"
                  name="provider_id"
                  value={providerId}
                  checked={chosen === providerId}
                  onChange={() => setChosen(providerId)}
                  className="mt-1 h-4 w-4 accent-leaf-700"
                />
                <span>
                  <span className="font-medium text-bark-900">{method.label}</span>
                  {method.description ? (
                    <span className="block text-sm text-bark-600">{method.description}</span>
                  ) : null}
                </span>
              </label>
              {Details && chosen === providerId ? (
                <div className="mt-2 pl-7">
                  <Details providerId={providerId} />
                </div>
              ) : null}
            </div>
          )
        })}
      </fieldset>
      <div>
        <SubmitButton pendingText="Saving…">Continue to review</SubmitButton>
      </div>
    </form>
  )
}
