import type { HttpTypes } from "@medusajs/types"
import type { ReactNode } from "react"

import { formatAmount } from "@/lib/util/money"
import { lineTitle } from "@/modules/cart/components/cart-items"
import CartTotals from "@/modules/cart/components/cart-totals"
import LineItemThumbnail from "@/modules/cart/components/line-item-thumbnail"
import AddressSummary from "@/modules/checkout/components/address-summary"
import OrderStatus from "@/modules/order/components/order-status"

export function orderDate(order: HttpTypes.StoreOrder): string {
  const date = order.created_at ? new Date(order.created_at) : null
  return date && !Number.isNaN(date.getTime())
    ? date.toLocaleDateString("en-US", { year: "numeric", month: "long", day: "numeric" })
    : ""
}

type OrderDetailsProps = {
  order: HttpTypes.StoreOrder
  /** Something the page adds under a line (the account's "Review your purchase"). */
  lineAction?: (item: HttpTypes.StoreOrderLineItem) => ReactNode
}

/** Everything about one order: number, date, email, items, address, delivery and totals. */
export default function OrderDetails({ order, lineAction }: OrderDetailsProps) {
  const currency = order.currency_code
  const method = order.shipping_methods?.[0]
  return (
    <div className="flex flex-col gap-6">
      <dl className="grid gap-3 rounded-lg border border-sand-200 bg-white p-4 text-sm sm:grid-cols-3 sm:p-5">
        <div>
          <dt className="text-bark-600">Order number</dt>
          <dd className="text-lg font-semibold text-bark-900" data-testid="order-number">
            #{order.display_id}
          </dd>
        </div>
        <div>
          <dt className="text-bark-600">Date</dt>
          <dd className="font-medium text-bark-900">{orderDate(order)}</dd>
        </div>
        <div>
          <dt className="text-bark-600">Status</dt>
          <dd className="font-medium text-bark-900">
            <OrderStatus order={order} />
          </dd>
        </div>
        {order.email ? (
          <div className="sm:col-span-3">
            <dt className="text-bark-600">Email</dt>
            <dd className="font-medium text-bark-900 break-all" data-testid="order-email">
              {order.email}
            </dd>
          </div>
        ) : null}
      </dl>

      <section aria-labelledby="order-items-heading" className="rounded-lg border border-sand-200 bg-white p-4 sm:p-5">
        <h2 id="order-items-heading" className="mb-3 text-base font-semibold text-bark-900">
          Items
        </h2>
        <ul className="divide-y divide-sand-200">
          {(order.items ?? []).map((item) => (
            <li key={item.id} className="flex items-center gap-3 py-3 text-sm" data-testid="order-line">
              <LineItemThumbnail src={item.thumbnail} alt="" />
              <div className="min-w-0 flex-1">
                <p className="font-medium text-bark-900">{lineTitle(item)}</p>
                {item.variant_title ? <p className="text-bark-600">{item.variant_title}</p> : null}
                <p className="text-bark-600">
                  {item.quantity} × {formatAmount(item.unit_price, currency)}
                </p>
                {lineAction?.(item)}
              </div>
              <p className="font-medium">{formatAmount(item.subtotal ?? item.unit_price * item.quantity, currency)}</p>
            </li>
          ))}
        </ul>
      </section>

      <div className="grid gap-6 md:grid-cols-2">
        <section aria-labelledby="order-shipping-heading" className="rounded-lg border border-sand-200 bg-white p-4 text-sm sm:p-5">
          <h2 id="order-shipping-heading" className="mb-3 text-base font-semibold text-bark-900">
            Shipping
          </h2>
          {order.shipping_address ? <AddressSummary address={order.shipping_address} /> : null}
          {method ? (
            <p className="mt-3 text-bark-700">
              {method.name} — {method.amount === 0 ? "Free" : formatAmount(method.amount, currency)}
            </p>
          ) : null}
        </section>
        <section aria-labelledby="order-totals-heading" className="rounded-lg border border-sand-200 bg-white p-4 sm:p-5">
          <h2 id="order-totals-heading" className="mb-3 text-base font-semibold text-bark-900">
            Totals
          </h2>
          <CartTotals totals={order} shippingPlaceholder="—" />
        </section>
      </div>
    </div>
  )
}
