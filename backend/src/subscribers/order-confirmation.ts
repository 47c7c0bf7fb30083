import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { subscribeToNewsletterWorkflow } from "../workflows/newsletter/subscribe"

/** Newsletters a shopper who ticked the checkout's marketing box is asked to confirm. */
const CHECKOUT_TOPICS = ["deals", "supplement-news"] as const

/**
 * Emails the order confirmation, and starts the newsletter double opt-in when the shopper ticked the
 * (unticked by default) marketing box at checkout. Runs on `order.placed`, so it also covers orders
 * completed by a payment webhook after the shopper closed the tab.
 */
export default async function confirmOrder({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "email",
      "customer_id",
      "currency_code",
      "metadata",
      "items.title",
      "items.variant_title",
      "items.quantity",
      "items.total",
      "subtotal",
      "discount_total",
      "shipping_total",
      "tax_total",
      "total",
      "shipping_address.*",
      "shipping_methods.name",
    ],
    filters: { id: event.data.id },
  })
  const order = data[0] as unknown as OrderForEmail | undefined
  // An autoship's renewal order is confirmed by the renewal mail (subscribers/autoship-renewal.ts).
  if (!order?.email || order.metadata?.autoship_id) {
    return
  }
  const { storefrontUrl } = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).admin
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: order.email,
    channel: "email",
    template: "order-confirmation",
    trigger_type: "order.placed",
    resource_type: "order",
    resource_id: order.id,
    // One confirmation per order, even when the event is delivered twice.
    idempotency_key: `order-confirmation-${order.id}`,
    data: {
      display_id: order.display_id,
      currency_code: order.currency_code,
      items: order.items.map(({ title, variant_title, quantity, total }) => ({ title, variant_title, quantity, total: Number(total) })),
      subtotal: Number(order.subtotal),
      discount_total: Number(order.discount_total),
      shipping_total: Number(order.shipping_total),
      tax_total: Number(order.tax_total),
      total: Number(order.total),
      shipping_address: order.shipping_address,
      shipping_method: order.shipping_methods[0]?.name ?? null,
      url: `${storefrontUrl}/order/confirmed/${order.id}`,
    },
  })

  if (order.metadata?.marketing_consent === true) {
    await subscribeToNewsletterWorkflow(container).run({
      input: { email: order.email, topics: [...CHECKOUT_TOPICS], source: "checkout", customer_id: order.customer_id },
    })
  }
}

type OrderForEmail = {
  id: string
  display_id: number
  email: string
  customer_id: string | null
  currency_code: string
  metadata: Record<string, unknown> | null
  items: { title: string; variant_title: string | null; quantity: number; total: unknown }[]
  subtotal: unknown
  discount_total: unknown
  shipping_total: unknown
  tax_total: unknown
  total: unknown
  shipping_address: Record<string, string | null> | null
  shipping_methods: { name: string }[]
}

export const config: SubscriberConfig = {
  event: "order.placed",
}
