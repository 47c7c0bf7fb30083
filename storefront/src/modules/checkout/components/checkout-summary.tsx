import type { HttpTypes } from "@medusajs/types"

import { formatAmount } from "@/lib/util/money"
import CartTotals from "@/modules/cart/components/cart-totals"
import { lineTitle } from "@/modules/cart/components/cart-items"
import LineItemThumbnail from "@/modules/cart/components/line-item-thumbnail"

/** The right-hand "In your cart" column of checkout. */
export default function CheckoutSummary({ cart }: { cart: HttpTypes.StoreCart }) {
  return (
    <aside aria-labelledby="checkout-summary-heading" className="flex h-fit flex-col gap-4 rounded-lg border border-sand-200 bg-white p-4 sm:p-5">
      <h2 id="checkout-summary-heading" className="text-base font-semibold text-bark-900">
        In your cart
      </h2>
      <ul className="flex flex-col gap-3">
        {(cart.items ?? []).map((item) => (
          <li key={item.id} className="flex items-center gap-3 text-sm">
            <LineItemThumbnail src={item.thumbnail} alt="" />
            <div className="min-w-0 flex-1">
              <p className="font-medium text-bark-900">{lineTitle(item)}</p>
              {item.variant_title ? <p className="text-bark-600">{item.variant_title}</p> : null}
              <p className="text-bark-600">Qty {item.quantity}</p>
            </div>
            <p className="font-medium">{formatAmount(item.subtotal ?? item.unit_price * item.quantity, cart.currency_code)}</p>
          </li>
        ))}
      </ul>
      {(cart.promotions ?? []).length > 0 ? (
        <p className="text-sm text-leaf-800">
          Promo code{cart.promotions!.length > 1 ? "s" : ""}:{" "}
          {cart.promotions!.map((p) => p.code).filter(Boolean).join(", ")}
        </p>
      ) : null}
      <CartTotals totals={cart} shippingPlaceholder="Choose a method" />
    </aside>
  )
}
