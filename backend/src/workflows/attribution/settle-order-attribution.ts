import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { AttributionEvents } from "../../modules/attribution/events"
import { addToPerformanceStep } from "./steps/add-to-performance"
import { type OrderWorth, settleOrderAttributionStep } from "./steps/settle-order-attribution"

/**
 * Counts an order for the articles its cart came from, as it stands now: placed, cancelled (taken
 * off) or refunded (its total, which refunds lower). Safe to run again for the same order.
 */
export const settleOrderAttributionWorkflow = createWorkflow("settle-order-attribution", (input: { order_id: string }) => {
  const { data: orders } = useQueryGraphStep({
    entity: "order",
    fields: ["id", "status", "total", "currency_code", "created_at", "cart.id"],
    filters: { id: input.order_id },
    options: { throwIfKeyNotFound: true },
  })
  const worth = transform({ orders }, ({ orders: [order] }): OrderWorth => ({
    order_id: order.id,
    cart_id: order.cart?.id ?? null,
    placed_at: order.created_at as Date,
    currency_code: order.currency_code,
    canceled: order.status === "canceled",
    total: Number(order.total),
  }))
  const changes = settleOrderAttributionStep(worth)
  when({ changes }, ({ changes }) => changes.length > 0).then(() => {
    addToPerformanceStep(changes)
    emitEventStep({ eventName: AttributionEvents.ORDER_SETTLED, data: { order_id: input.order_id } })
  })
  return new WorkflowResponse(changes)
})
