import { autoshipIntervalOf } from "@supplement-store/contract"
import { addDays } from "../../modules/autoship/transitions"
import { paymentReferenceOf } from "./payment"

export type NewAutoship = {
  customer_id: string
  email: string
  interval_days: number
  next_order_at: Date
  region_id: string
  currency_code: string
  sales_channel_id: string | null
  shipping_address: Record<string, unknown>
  shipping_option_id: string
  payment_provider_id: string
  payment_method_id: string | null
  payment_label: string
  created_from_order_id: string
  lines: { variant_id: string; quantity: number }[]
}

export const ORDER_FIELDS_FOR_AUTOSHIP = [
  "id",
  "email",
  "customer_id",
  "region_id",
  "currency_code",
  "sales_channel_id",
  "created_at",
  "metadata",
  // The whole item: an order item's quantity is its detail's, which a narrower selection leaves out.
  "items.*",
  "shipping_address.*",
  "shipping_methods.shipping_option_id",
  "payment_collections.payments.provider_id",
  "payment_collections.payments.data",
]

export type OrderForAutoship = {
  id: string
  email: string
  customer_id: string | null
  region_id: string
  currency_code: string
  sales_channel_id: string | null
  created_at: string | Date
  metadata: Record<string, unknown> | null
  items: { variant_id: string | null; quantity: number | string; metadata: Record<string, unknown> | null }[]
  shipping_address: Record<string, unknown> | null
  shipping_methods: { shipping_option_id: string | null }[]
  payment_collections: { payments: { provider_id: string; data: Record<string, unknown> | null }[] }[]
}

const ADDRESS_FIELDS = ["first_name", "last_name", "address_1", "address_2", "company", "city", "province", "postal_code", "country_code", "phone"]

/** The autoships an order starts: one per interval of its autoship lines, first due one interval after the order. */
export function autoshipsFromOrder(order: OrderForAutoship): { customer_id: string | null; autoships: NewAutoship[] } {
  // Renewal orders carry their autoship's id and start nothing; guests cannot hold an autoship.
  if (!order.customer_id || order.metadata?.autoship_id) {
    return { customer_id: order.customer_id, autoships: [] }
  }
  const byInterval = new Map<number, { variant_id: string; quantity: number }[]>()
  for (const item of order.items) {
    const interval = autoshipIntervalOf(item)
    if (interval && item.variant_id) {
      const lines = byInterval.get(interval) ?? []
      const quantity = Number(item.quantity)
      const same = lines.find((line) => line.variant_id === item.variant_id)
      if (same) {
        same.quantity += quantity
      } else {
        lines.push({ variant_id: item.variant_id, quantity })
      }
      byInterval.set(interval, lines)
    }
  }
  const payment = paymentReferenceOf(order.payment_collections.flatMap((collection) => collection.payments)[0])
  const shippingAddress = Object.fromEntries(ADDRESS_FIELDS.map((field) => [field, order.shipping_address?.[field] ?? undefined]))
  const autoships = [...byInterval].map(([interval_days, lines]) => ({
    customer_id: order.customer_id!,
    email: order.email,
    interval_days,
    next_order_at: addDays(order.created_at, interval_days),
    region_id: order.region_id,
    currency_code: order.currency_code,
    sales_channel_id: order.sales_channel_id,
    shipping_address: shippingAddress,
    // Renewals ship by free autoship delivery, whatever the first order chose (resolved at renewal).
    shipping_option_id: order.shipping_methods[0]?.shipping_option_id ?? "",
    ...payment,
    created_from_order_id: order.id,
    lines,
  }))
  return { customer_id: order.customer_id, autoships }
}
