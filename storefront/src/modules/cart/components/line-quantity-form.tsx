"use client"

import { useActionState, useState } from "react"
import type { ActionState } from "@/lib/util/forms"
import { updateLineItem } from "@/modules/cart/actions"


type LineQuantityFormProps = {
  lineId: string
  title: string
  quantity: number
}

const initialState: ActionState = { status: "idle" }

/** Quantity input + "Update" for one cart line; the error (e.g. stock) shows under it. */
export default function LineQuantityForm({ lineId, title, quantity }: LineQuantityFormProps) {
  const [state, formAction, isPending] = useActionState(updateLineItem, initialState)
  const [value, setValue] = useState(String(quantity))
  const inputId = `qty-${lineId}`
  const errorId = `qty-${lineId}-error`

  // Follow the server's quantity after a successful update (or a change elsewhere).
  const [shownQuantity, setShownQuantity] = useState(quantity)
  if (shownQuantity !== quantity) {
    setShownQuantity(quantity)
    setValue(String(quantity))
  }

  const showError = !isPending && state.status === "error"

  return (
    <form action={formAction} className="flex flex-col gap-1">
      <input type="hidden" name="line_id" value={lineId} />
      <div className="flex items-center gap-2">
        <label htmlFor={inputId} className="sr-only">
          Quantity for {title}
        </label>
        <input
          id={inputId}
          name="quantity"
          type="number"
          inputMode="numeric"
          min={1}
          max={999}
          step={1}
          required
          value={value}
          onChange={(event) => setValue(event.target.value)}
          aria-invalid={showError ? true : undefined}
          aria-describedby={showError ? errorId : undefined}
          className="w-20 rounded-md border border-sand-300 bg-white px-2 py-1.5 text-base"
        />
        <button
          type="submit"
          disabled={isPending}
          className="rounded-md border border-leaf-700 px-3 py-1.5 text-sm font-medium text-leaf-800 hover:bg-leaf-50 disabled:cursor-wait disabled:opacity-60"
        >
          {isPending ? "Updating…" : "Update"}
        </button>
      </div>
      {showError ? (
        <p id={errorId} role="alert" className="text-sm font-medium text-clay-700">
          {state.message}
        </p>
      ) : null}
    </form>
  )
}
