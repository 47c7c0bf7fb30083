"use client"

import Link from "next/link"

import type { MiniCart } from "@/lib/data/cart"
import { formatAmount } from "@/lib/util/money"
import FreeShippingProgress from "@/modules/cart/components/free-shipping-progress"
import LineItemThumbnail from "@/modules/cart/components/line-item-thumbnail"
import RemoveLineButton from "@/modules/cart/components/remove-line-button"

/** The open cart, `null` without one, or an error message when it could not be read. */
export type MiniCartData = MiniCart | null | { error: string }

/** Reads the shopper's cart from `/api/mini-cart` (per shopper, never cached). */
export async function loadMiniCart(): Promise<MiniCartData> {
  try {
    const response = await fetch("/api/mini-cart", { cache: "no-store", credentials: "same-origin" })
    const body = await response.json()
    return response.ok ? (body as MiniCart | null) : { error: String(body?.message ?? "Your cart could not be loaded.") }
  } catch {
    return { error: "Your cart could not be loaded. Check your connection and try again." }
  }
}

/** The mini-cart's content: lines (thumbnail, quantity, total, Remove), subtotal, free-shipping line, links. */
export default function MiniCartPanel({ cart, onNavigate }: { cart: MiniCartData; onNavigate: () => void }) {
  const heading = <h2 className="mb-3 font-serif text-lg font-semibold">Your cart</h2>
  if (cart && "error" in cart) {
    return (
      <>
        {heading}
        <p role="alert" className="text-sm text-clay-700">
          {cart.error}
        </p>
      </>
    )
  }
  if (!cart || cart.lines.length === 0) {
    return (
      <>
        {heading}
        <p className="text-sm text-bark-700">Your cart is empty.</p>
      </>
    )
  }
  const linkClass = "flex-1 rounded-md px-4 py-2 text-center font-semibold no-underline"
  return (
    <>
      {heading}
      <ul className="max-h-[50vh] divide-y divide-sand-200 overflow-y-auto" aria-label="Items in your cart">
        {cart.lines.map((line) => (
          <li key={line.id} className="flex gap-3 py-2" data-testid="mini-cart-line">
            <LineItemThumbnail src={line.thumbnail} alt="" />
            <div className="flex min-w-0 flex-1 flex-col gap-1 text-sm">
              <p className="font-semibold">
                {line.handle ? (
                  <Link href={`/products/${encodeURIComponent(line.handle)}`} onClick={onNavigate} className="hover:underline">
                    {line.title}
                  </Link>
                ) : (
                  line.title
                )}
              </p>
              {line.variantTitle ? <p className="text-bark-600">{line.variantTitle}</p> : null}
              <div className="flex items-center justify-between gap-2">
                <span className="text-bark-700">{`Qty ${line.quantity} · ${formatAmount(line.total, cart.currencyCode)}`}</span>
                <RemoveLineButton lineId={line.id} title={line.title} />
              </div>
            </div>
          </li>
        ))}
      </ul>
      <div className="mt-3 flex flex-col gap-3 border-t border-sand-200 pt-3">
        <p className="flex justify-between font-semibold">
          <span>Subtotal</span>
          <span data-testid="mini-cart-subtotal">{formatAmount(cart.subtotal, cart.currencyCode)}</span>
        </p>
        <FreeShippingProgress subtotal={cart.subtotal} currencyCode={cart.currencyCode} />
        <div className="flex gap-2">
          <Link href="/cart" onClick={onNavigate} className={`${linkClass} border border-leaf-600 text-leaf-700 hover:bg-leaf-50`}>
            View cart
          </Link>
          <Link href="/checkout" onClick={onNavigate} className={`${linkClass} bg-leaf-700 text-white hover:bg-leaf-800`}>
            Checkout
          </Link>
        </div>
      </div>
    </>
  )
}
