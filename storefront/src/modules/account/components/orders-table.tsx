import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"

import { formatAmount } from "@/lib/util/money"
import { orderDate } from "@/modules/order/components/order-details"
import OrderStatus from "@/modules/order/components/order-status"

/**
 * Orders as a table (number, date, items, total, status) that stacks on small screens;
 * with no orders yet, a pointer to the store instead.
 */
export default function OrdersTable({ orders }: { orders: HttpTypes.StoreOrder[] }) {
  if (orders.length === 0) {
    return (
      <p className="text-bark-700">
        You haven&apos;t placed any orders yet.{" "}
        <Link href="/store" className="font-medium text-leaf-700 underline">
          Start shopping
        </Link>
      </p>
    )
  }
  return (
    <table className="w-full border-collapse text-left text-sm">
      <caption className="sr-only">Your orders</caption>
      <thead className="hidden border-b border-sand-200 text-bark-600 sm:table-header-group">
        <tr>
          <th scope="col" className="py-2 pr-3 font-medium">Order</th>
          <th scope="col" className="py-2 pr-3 font-medium">Date</th>
          <th scope="col" className="py-2 pr-3 font-medium">Items</th>
          <th scope="col" className="py-2 pr-3 font-medium">Total</th>
          <th scope="col" className="py-2 font-medium">Status</th>
        </tr>
      </thead>
      <tbody>
        {orders.map((order) => {
          const units = (order.items ?? []).reduce((sum, item) => sum + item.quantity, 0)
          return (
            <tr key={order.id} className="grid grid-cols-2 gap-1 border-b border-sand-200 py-3 sm:table-row" data-testid="order-row">
              <th scope="row" className="font-semibold sm:py-3 sm:pr-3">
                <Link href={`/account/orders/${encodeURIComponent(order.id)}`} className="text-leaf-800 underline">
                  Order #{order.display_id}
                </Link>
              </th>
              <td className="text-right sm:py-3 sm:pr-3 sm:text-left">{orderDate(order)}</td>
              <td className="text-bark-600 sm:py-3 sm:pr-3 sm:text-bark-900">
                {units} {units === 1 ? "item" : "items"}
              </td>
              <td className="text-right font-medium sm:py-3 sm:pr-3 sm:text-left">
                {formatAmount(Math.round((order.total ?? 0) * 100) / 100, order.currency_code)}
              </td>
              <td className="col-span-2 text-bark-600 sm:py-3 sm:text-bark-900">
                <OrderStatus order={order} />
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
