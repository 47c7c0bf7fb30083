import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { sendReviewRequestsWorkflow } from "../workflows/reviews/send-review-requests"

/**
 * When an order's fulfillment ships, its customer is asked to review what they bought (once per order:
 * a second shipment, or the 14-day job, finds the mail sent). Staff who ship without notifying skip it
 * here; the job asks later.
 */
export default async function requestReviewOnShipment({ event, container }: SubscriberArgs<{ id: string; no_notification?: boolean }>) {
  if (event.data.no_notification) {
    return
  }
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "fulfillment",
    fields: ["order.id"],
    filters: { id: event.data.id },
  })
  const orderId = (data[0] as { order?: { id: string } | null } | undefined)?.order?.id
  if (orderId) {
    await sendReviewRequestsWorkflow(container).run({ input: { order_ids: [orderId] } })
  }
}

export const config: SubscriberConfig = {
  event: "shipment.created",
}
