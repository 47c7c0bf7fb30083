import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { settleOrderAttributionWorkflow } from "../workflows/attribution/settle-order-attribution"

/**
 * Keeps an order's attribution and the content performance numbers in step with the order: counted
 * when placed, taken off when cancelled. Refunds arrive by payment (order-attribution-refund.ts).
 */
export default async function settleOrderAttribution({ event, container }: SubscriberArgs<{ id: string }>) {
  await settleOrderAttributionWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: ["order.placed", "order.canceled"],
}
