import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminUpcomingShipmentsResponse } from "@supplement-store/contract"

const DAY_MS = 24 * 60 * 60 * 1000

type Row = {
  id: string
  interval_days: number
  next_order_at: Date | string
  lines: {
    variant_id: string
    quantity: number
    product_variant: { title: string | null; sku: string | null; product: { title: string } | null } | null
  }[]
}
type Day = AdminUpcomingShipmentsResponse["days"][number]

const utcDay = (time: number) => new Date(time).toISOString().slice(0, 10)

/**
 * What the warehouse ships in the next `days` days (UTC, today first): the active autoships due each
 * day with their units, per variant. An overdue autoship counts today (the next renewal run takes it),
 * and one whose interval is shorter than the window counts again on each later due date.
 */
export async function upcomingShipments(
  container: MedusaContainer,
  days: number,
  now = new Date()
): Promise<AdminUpcomingShipmentsResponse> {
  const today = Date.parse(utcDay(now.getTime()))
  const end = today + days * DAY_MS
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "autoship",
    fields: [
      "id",
      "interval_days",
      "next_order_at",
      "lines.variant_id",
      "lines.quantity",
      "lines.product_variant.title",
      "lines.product_variant.sku",
      "lines.product_variant.product.title",
    ],
    filters: { status: "active", next_order_at: { $lt: new Date(end) } },
  })

  const byDate = new Map<string, Day>()
  for (let time = today; time < end; time += DAY_MS) {
    byDate.set(utcDay(time), { date: utcDay(time), autoships: 0, units: 0, variants: [] })
  }
  for (const autoship of data as unknown as Row[]) {
    for (let due = Math.max(today, new Date(autoship.next_order_at).getTime()); due < end; due += autoship.interval_days * DAY_MS) {
      const day = byDate.get(utcDay(due))!
      day.autoships += 1
      for (const line of autoship.lines) {
        day.units += line.quantity
        const planned = day.variants.find((variant) => variant.variant_id === line.variant_id)
        if (planned) {
          planned.quantity += line.quantity
        } else {
          day.variants.push({
            variant_id: line.variant_id,
            title: variantTitle(line),
            sku: line.product_variant?.sku ?? null,
            quantity: line.quantity,
          })
        }
      }
    }
  }
  const plan = [...byDate.values()]
  plan.forEach((day) => day.variants.sort((a, b) => b.quantity - a.quantity || a.title.localeCompare(b.title)))
  return { days: plan }
}

/** "Product · Variant", or the variant id when the variant is gone from the catalogue. */
function variantTitle(line: Row["lines"][number]) {
  const variant = line.product_variant
  if (!variant) {
    return line.variant_id
  }
  return [variant.product?.title, variant.title].filter(Boolean).join(" · ")
}
