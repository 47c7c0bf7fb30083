import type { HttpTypes } from "@medusajs/types"

const LABELS: Record<string, string> = {
  pending: "Received",
  completed: "Completed",
  canceled: "Canceled",
  archived: "Archived",
  requires_action: "Needs attention",
  draft: "Draft",
}

const FULFILLMENT: Record<string, string> = {
  shipped: "Shipped",
  partially_shipped: "Partially shipped",
  delivered: "Delivered",
  partially_delivered: "Partially delivered",
  fulfilled: "Being packed",
}

/** A shopper-friendly order status ("Received", "Shipped", ...). */
export function orderStatusLabel(order: Pick<HttpTypes.StoreOrder, "status" | "fulfillment_status">): string {
  if (order.status === "canceled") return LABELS.canceled
  const fulfillment = order.fulfillment_status ? FULFILLMENT[order.fulfillment_status] : undefined
  return fulfillment ?? LABELS[order.status] ?? order.status
}

export default function OrderStatus({ order }: { order: Pick<HttpTypes.StoreOrder, "status" | "fulfillment_status"> }) {
  return <span data-testid="order-status">{orderStatusLabel(order)}</span>
}
