import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { autoshipAccountUrl, autoshipsForMail } from "../lib/autoship/mail"
import { sendOnce } from "../lib/send-once"

/** Confirms new autoships to their customer: what ships, how often and when first (one mail per order). */
export default async function mailAutoshipCreated({ event, container }: SubscriberArgs<{ ids: string[]; order_id: string }>) {
  const autoships = await autoshipsForMail(container, event.data.ids)
  if (!autoships.length) {
    return
  }
  await sendOnce(container, {
    to: autoships[0].email,
    channel: "email",
    template: "autoship-created",
    trigger_type: "autoship.created",
    resource_type: "order",
    resource_id: event.data.order_id,
    // One confirmation per order that started autoships, however often the event is delivered.
    idempotency_key: `autoship-created-${event.data.order_id}`,
    data: {
      autoships: autoships.map(({ interval_days, next_order_at, lines }) => ({ interval_days, next_order_at: next_order_at.toISOString(), lines })),
      url: autoshipAccountUrl(container),
    },
  })
}

export const config: SubscriberConfig = {
  event: "autoship.created",
}
