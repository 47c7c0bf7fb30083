"use client"

import Link from "next/link"
import { useActionState, useEffect, useId, useState, type ReactNode } from "react"

import type { ActionState } from "@/lib/util/forms"
import { addToCart } from "@/modules/cart/actions"
import { showMiniCart } from "@/modules/cart/components/cart-button"
import { refreshHeaderStatus } from "@/modules/common/components/header-status"

/** What adding answers; `link` replaces "View cart" when the product went somewhere else (an autoship). */
export type AddToCartState = ActionState & { link?: { href: string; label: string } }

type AddToCartProps = {
  variantId: string | null
  disabled?: boolean
  /** Upper bound for the quantity input (e.g. the variant's stock). */
  maxQuantity?: number
  /** Another action that also reads the fields in `children` (the product page's purchase choice). */
  action?: (state: AddToCartState, formData: FormData) => Promise<AddToCartState>
  /** More fields of the same form, above the quantity. */
  children?: ReactNode
}

const initialState: AddToCartState = { status: "idle" }

/** Quantity + "Add to cart" for one variant; works without JavaScript (plain form POST). */
export default function AddToCart({ variantId, disabled = false, maxQuantity, action = addToCart, children }: AddToCartProps) {
  const [state, formAction, isPending] = useActionState(action, initialState)
  const [quantity, setQuantity] = useState("1")
  // Instant feedback when the product page knows the stock; the server re-checks anyway.
  const [localError, setLocalError] = useState<string | null>(null)
  const id = useId()
  const quantityId = `${id}-quantity`
  const messageId = `${id}-message`
  const unavailable = disabled || !variantId

  // The header's cart count is read in the browser (pages are cached): update it now, and show the lines.
  useEffect(() => {
    if (state.status === "success") {
      void refreshHeaderStatus()
      showMiniCart()
    }
  }, [state])

  if (unavailable) {
    return (
      <div className="flex flex-col gap-2">
        <button
          type="button"
          disabled
          className="w-full cursor-not-allowed rounded-md bg-bark-400 px-5 py-3 font-semibold text-white sm:w-auto"
        >
          Out of stock
        </button>
      </div>
    )
  }

  return (
    <form
      action={formAction}
      noValidate
      onSubmit={(event) => {
        const wanted = Number(quantity)
        if (maxQuantity !== undefined && maxQuantity > 0 && Number.isFinite(wanted) && wanted > maxQuantity) {
          event.preventDefault()
          setLocalError(`Only ${maxQuantity} left in stock`)
          return
        }
        setLocalError(null)
      }}
      className="flex flex-col gap-3"
    >
      <input type="hidden" name="variant_id" value={variantId ?? ""} />
      {children}
      <div className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1">
          <label htmlFor={quantityId} className="text-sm font-medium text-bark-900">
            Quantity
          </label>
          <input
            id={quantityId}
            name="quantity"
            type="number"
            inputMode="numeric"
            min={1}
            step={1}
            required
            value={quantity}
            onChange={(event) => {
              setQuantity(event.target.value)
              setLocalError(null)
            }}
            aria-invalid={localError || (!isPending && state.status === "error") ? true : undefined}
            aria-describedby={messageId}
            className="w-24 rounded-md border border-sand-300 bg-white px-3 py-2 text-base"
          />
        </div>
        <button
          type="submit"
          disabled={isPending}
          aria-disabled={isPending ? true : undefined}
          className="min-w-40 flex-1 rounded-md bg-leaf-700 px-5 py-2.5 font-semibold text-white shadow-sm hover:bg-leaf-800 disabled:cursor-wait disabled:bg-leaf-500 sm:flex-none"
        >
          {isPending ? "Adding…" : "Add to cart"}
        </button>
      </div>
      <div id={messageId} aria-live="polite" className="min-h-6 text-sm">
        {localError ? (
          <p role="alert" className="font-medium text-clay-700">
            {localError}
          </p>
        ) : null}
        {!localError && !isPending && state.status === "success" ? (
          <p className="text-leaf-800">
            {state.message}.{" "}
            <Link href={state.link?.href ?? "/cart"} className="font-medium text-leaf-700 underline">
              {state.link?.label ?? "View cart"}
            </Link>
          </p>
        ) : null}
        {!localError && !isPending && state.status === "error" ? (
          <p role="alert" className="font-medium text-clay-700">
            {state.message}
          </p>
        ) : null}
      </div>
    </form>
  )
}
