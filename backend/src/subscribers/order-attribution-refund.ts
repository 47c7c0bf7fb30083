import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { settleOrderAttributionWorkflow } from "../workflows/attribution/settle-order-attribution"

/** A refunded payment lowers the revenue its order brought its articles. */
export default async function settleRefundedOrderAttribution({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: payments } = await query.graph({
    entity: "payment",
    fields: ["payment_collection.order.id"],
    filters: { id: event.data.id },
  })
  const orderId = payments[0]?.payment_collection?.order?.id
  if (orderId) {
    await settleOrderAttributionWorkflow(container).run({ input: { order_id: orderId } })
  }
}

export const config: SubscriberConfig = {
  event: "payment.refunded",
}
