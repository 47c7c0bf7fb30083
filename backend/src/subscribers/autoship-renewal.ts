import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { autoshipAccountUrl, autoshipsForMail, type AutoshipForMail } from "../lib/autoship/mail"
import { sendOnce } from "../lib/send-once"
import { AUTOSHIP_MODULE } from "../modules/autoship"
import type AutoshipModuleService from "../modules/autoship/service"

type RenewalEvent = { id: string; cycle_id: string; attempt: number; outcome: string; order_id: string | null; missing_variant_ids: string[] }

const TEMPLATES: Record<string, string> = {
  "autoship.renewed": "autoship-renewed",
  "autoship.out_of_stock": "autoship-out-of-stock",
  "autoship.payment_failed": "autoship-payment-failed",
  "autoship.paused": "autoship-paused",
}

/**
 * Tells the customer what a renewal did: the renewal's order confirmation (renewal orders get no
 * ordinary confirmation, see order-confirmation.ts), nothing in stock, a declined card and its
 * retry, or the pause after the last retry.
 */
export default async function mailAutoshipRenewal({ event, container }: SubscriberArgs<RenewalEvent>) {
  const [autoship] = await autoshipsForMail(container, [event.data.id])
  const template = TEMPLATES[event.name]
  if (!autoship || !template) {
    return
  }
  const url = autoshipAccountUrl(container)
  const data = await mailData(container, event.name, event.data, autoship, url)
  if (!data) {
    return
  }
  await sendOnce(container, {
    to: autoship.email,
    channel: "email",
    template,
    trigger_type: event.name,
    resource_type: "autoship",
    resource_id: autoship.id,
    // One mail per attempt at a cycle (a declined cycle is retried), however often the event is delivered.
    idempotency_key: `${template}-${event.data.cycle_id}-${event.data.attempt}`,
    data,
  })
}

async function mailData(container: MedusaContainer, name: string, renewal: RenewalEvent, autoship: AutoshipForMail, url: string) {
  // The renewal just read these lines, so the left-out variants are still on the autoship.
  const missing = autoship.lines.filter((line) => renewal.missing_variant_ids.includes(line.variant_id))
  const next_order_at = autoship.next_order_at.toISOString()
  switch (name) {
    case "autoship.renewed": {
      const order = renewal.order_id ? await orderForMail(container, renewal.order_id) : null
      return order && { ...order, missing, next_order_at, url }
    }
    case "autoship.out_of_stock":
      return { missing: missing.length ? missing : autoship.lines, next_order_at, url }
    case "autoship.payment_failed": {
      const cycle = await container.resolve<AutoshipModuleService>(AUTOSHIP_MODULE).retrieveAutoshipCycle(renewal.cycle_id)
      return { payment_label: autoship.payment_label, message: cycle.message, retry_at: (autoship.retry_at ?? autoship.next_order_at).toISOString(), url }
    }
    default:
      return { lines: autoship.lines, url }
  }
}

async function orderForMail(container: MedusaContainer, orderId: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["display_id", "currency_code", "total", "items.title", "items.variant_title", "items.quantity", "items.total"],
    filters: { id: orderId },
  })
  const order = data[0] as unknown as
    | { display_id: number; currency_code: string; total: unknown; items: { title: string; variant_title: string | null; quantity: number; total: unknown }[] }
    | undefined
  if (!order) {
    return null
  }
  return {
    display_id: order.display_id,
    currency_code: order.currency_code,
    total: Number(order.total),
    items: order.items.map(({ title, variant_title, quantity, total }) => ({ title, variant_title, quantity: Number(quantity), total: Number(total) })),
  }
}

export const config: SubscriberConfig = {
  event: Object.keys(TEMPLATES),
}
