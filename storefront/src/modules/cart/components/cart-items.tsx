import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"

import { formatAmount } from "@/lib/util/money"
import LineIntervalForm from "@/modules/autoship/components/line-interval-form"
import { autoshipIntervalOf } from "@supplement-store/contract"
import LineItemThumbnail from "@/modules/cart/components/line-item-thumbnail"
import LineQuantityForm from "@/modules/cart/components/line-quantity-form"
import RemoveLineButton from "@/modules/cart/components/remove-line-button"

export function lineTitle(item: HttpTypes.StoreCartLineItem | HttpTypes.StoreOrderLineItem): string {
  return item.product_title || item.title || "Item"
}

/**
 * The editable lines of the cart: title, option, unit price, quantity form, line total, Remove; an
 * autoship line also says how often it ships, with a form to change that or make it one-time.
 */
export default function CartItems({ cart, autoshipIntervals }: { cart: HttpTypes.StoreCart; autoshipIntervals: number[] }) {
  const items = [...(cart.items ?? [])].sort((a, b) =>
    String(a.created_at ?? "").localeCompare(String(b.created_at ?? ""))
  )
  return (
    <ul className="divide-y divide-sand-200 rounded-lg border border-sand-200 bg-white" aria-label="Items in your cart">
      {items.map((item) => {
        const title = lineTitle(item)
        const lineTotal = item.subtotal ?? item.unit_price * item.quantity
        const intervalDays = autoshipIntervalOf(item)
        return (
          <li key={item.id} className="flex gap-3 p-3 sm:gap-4 sm:p-4" data-testid="cart-line">
            <LineItemThumbnail src={item.thumbnail} alt="" />
            <div className="flex min-w-0 flex-1 flex-col gap-2">
              <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-1">
                <div className="min-w-0">
                  <h3 className="font-semibold text-bark-900">
                    {item.product_handle ? (
                      <Link href={`/products/${encodeURIComponent(item.product_handle)}`} className="hover:underline">
                        {title}
                      </Link>
                    ) : (
                      title
                    )}
                  </h3>
                  {item.variant_title ? (
                    <p className="text-sm text-bark-600">
                      <span className="sr-only">Option: </span>
                      {item.variant_title}
                    </p>
                  ) : null}
                  <p className="text-sm text-bark-600">
                    <span className="sr-only">Unit price: </span>
                    {formatAmount(item.unit_price, cart.currency_code)} each
                  </p>
                </div>
                <p className="font-semibold text-bark-900">
                  <span className="sr-only">Line total: </span>
                  {formatAmount(lineTotal, cart.currency_code)}
                </p>
              </div>
              {intervalDays !== null ? (
                <div className="flex flex-col gap-1 rounded-md border border-leaf-200 bg-leaf-50 p-2" data-testid="autoship-line">
                  <p className="text-sm font-semibold text-leaf-800">{`Autoship every ${intervalDays} days`}</p>
                  <LineIntervalForm lineId={item.id} title={title} intervalDays={intervalDays} intervals={autoshipIntervals} />
                  <p className="text-xs text-bark-600">Autoship orders ship free with standard shipping.</p>
                </div>
              ) : null}
              <div className="flex flex-wrap items-start justify-between gap-3">
                <LineQuantityForm lineId={item.id} title={title} quantity={item.quantity} />
                <RemoveLineButton lineId={item.id} title={title} />
              </div>
            </div>
          </li>
        )
      })}
    </ul>
  )
}
