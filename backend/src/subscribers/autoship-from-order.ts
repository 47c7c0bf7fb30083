import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { createAutoshipsFromOrderWorkflow } from "../workflows/autoship/create-autoships-from-order"

/** An order with autoship lines starts its autoships (once, however often the event comes). */
export default async function autoshipFromOrder({ event, container }: SubscriberArgs<{ id: string }>) {
  await createAutoshipsFromOrderWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: "order.placed",
}
