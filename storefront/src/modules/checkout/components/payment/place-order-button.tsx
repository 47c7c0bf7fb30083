"use client"

import { useActionState, useEffect, useRef } from "react"

import type { ActionState } from "@/lib/util/forms"
import { placeOrder } from "@/modules/checkout/actions"
import type { PlaceOrderProps } from "@/modules/checkout/components/payment/types"
import FormMessage from "@/modules/common/components/form/form-message"

const initialState: ActionState = { status: "idle" }

export const placeOrderButtonClass =
  "inline-flex w-full items-center justify-center rounded-md bg-leaf-700 px-6 py-3 text-lg font-semibold text-white shadow-sm hover:bg-leaf-800 disabled:cursor-wait disabled:bg-leaf-500 sm:w-auto"

/**
 * The default "Place order": one submit only (disabled while pending, and a
 * guard against a second click before React re-renders). The server action
 * is idempotent too, so a retried request lands on the same order.
 */
export default function PlaceOrderButton({ providerId }: PlaceOrderProps) {
  const [state, formAction, isPending] = useActionState(placeOrder, initialState)
  const submitting = useRef(false)

  useEffect(() => {
    if (!isPending) {
      submitting.current = false
    }
  }, [isPending, state])

  return (
    <form
      action={formAction}
      onSubmit={(event) => {
        if (submitting.current) {
          event.preventDefault()
          return
        }
        submitting.current = true
      }}
      className="flex flex-col gap-3"
    >
      <input type="hidden" name="provider_id" value={providerId} />
      <FormMessage status={state.status} message={state.message} />
      <button
        type="submit"
        disabled={isPending}
        aria-disabled={isPending ? true : undefined}
        className={placeOrderButtonClass}
      >
        {isPending ? "Placing order…" : "Place order"}
      </button>
    </form>
  )
}
