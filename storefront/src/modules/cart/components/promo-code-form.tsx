"use client"

import { useActionState } from "react"
import type { ActionState } from "@/lib/util/forms"
import { applyPromoCode, removePromoCode } from "@/modules/cart/actions"


const initialState: ActionState = { status: "idle" }

type PromoCodeFormProps = {
  /** Codes currently applied to the cart. */
  codes: string[]
}

/** "Promo code" + Apply, and the applied codes with a Remove button each. */
export default function PromoCodeForm({ codes }: PromoCodeFormProps) {
  const [state, formAction, isPending] = useActionState(applyPromoCode, initialState)
  const [removeState, removeAction, isRemoving] = useActionState(removePromoCode, initialState)
  const showError = !isPending && state.status === "error"

  return (
    <section className="flex flex-col gap-3">
      <h2 className="text-base font-semibold text-bark-900">
        Promo code
      </h2>
      <form action={formAction} className="flex flex-col gap-1">
        <label htmlFor="promo-code" className="sr-only">
          Promo code
        </label>
        <div className="flex gap-2">
          <input
            id="promo-code"
            name="code"
            type="text"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            placeholder="Enter code"
            aria-invalid={showError ? true : undefined}
            aria-describedby={showError ? "promo-code-error" : undefined}
            className="min-w-0 flex-1 rounded-md border border-sand-300 bg-white px-3 py-2 text-base uppercase placeholder:normal-case"
          />
          <button
            type="submit"
            disabled={isPending}
            className="rounded-md border border-leaf-700 bg-white px-4 py-2 font-medium text-leaf-800 hover:bg-leaf-50 disabled:cursor-wait disabled:opacity-60"
          >
            {isPending ? "Applying…" : "Apply"}
          </button>
        </div>
        {showError ? (
          <p id="promo-code-error" role="alert" className="text-sm font-medium text-clay-700">
            {state.message}
          </p>
        ) : null}
        {!isPending && state.status === "success" ? (
          <p role="status" className="text-sm text-leaf-800">
            {state.message}
          </p>
        ) : null}
      </form>

      {codes.length > 0 ? (
        <ul aria-label="Applied promo codes" className="flex flex-col gap-2">
          {codes.map((code) => (
            <li key={code} className="flex items-center justify-between gap-2 rounded-md bg-leaf-50 px-3 py-2 text-sm">
              <span>
                <span className="sr-only">Applied code </span>
                <span className="font-mono font-semibold text-leaf-800">{code}</span>
              </span>
              <form action={removeAction}>
                <input type="hidden" name="code" value={code} />
                <button
                  type="submit"
                  disabled={isRemoving}
                  aria-label={`Remove promo code ${code}`}
                  className="text-sm font-medium text-clay-700 underline disabled:opacity-60"
                >
                  Remove
                </button>
              </form>
            </li>
          ))}
        </ul>
      ) : null}
      {removeState.status === "error" ? (
        <p role="alert" className="text-sm text-clay-700">
          {removeState.message}
        </p>
      ) : null}
    </section>
  )
}
