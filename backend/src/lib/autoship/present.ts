import type { MedusaContainer, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, getTotalVariantAvailability, getVariantAvailability, QueryContext } from "@medusajs/framework/utils"
import type {
  AdminAutoshipListItem,
  Autoship,
  AutoshipAddress,
  AutoshipCycleOutcome,
  AutoshipPayment,
  AutoshipStatus,
} from "@supplement-store/contract"
import { CLUB } from "../club"

/** What lists of autoships are narrowed by (the autoship's own columns; `email` is its owner's at checkout). */
export type AutoshipFilters = {
  id?: string | string[]
  customer_id?: string
  status?: AutoshipStatus | AutoshipStatus[]
  next_order_at?: { $gte?: Date; $lt?: Date }
  email?: { $ilike: string }
}

type ListOptions = { limit: number; offset: number; withCustomer: boolean }

const AUTOSHIP_FIELDS = [
  "id",
  "customer_id",
  "status",
  "interval_days",
  "next_order_at",
  "paused_at",
  "region_id",
  "currency_code",
  "sales_channel_id",
  "shipping_address",
  "payment_provider_id",
  "payment_method_id",
  "payment_label",
  "created_from_order_id",
  "created_at",
  "lines.id",
  "lines.variant_id",
  "lines.quantity",
  "lines.product_variant.id",
  "lines.product_variant.title",
  "lines.product_variant.manage_inventory",
  "lines.product_variant.allow_backorder",
  "lines.product_variant.product.id",
  "lines.product_variant.product.title",
  "lines.product_variant.product.handle",
  "lines.product_variant.product.thumbnail",
  "cycles.id",
  "cycles.due_at",
  "cycles.outcome",
  "cycles.order_id",
  "cycles.missing_variant_ids",
  "cycles.message",
  "cycles.created_at",
  "cycles.order.display_id",
]
const CUSTOMER_FIELDS = ["customer.id", "customer.email", "customer.first_name", "customer.last_name"]

type Row = {
  id: string
  customer_id: string
  status: AutoshipStatus
  interval_days: number
  next_order_at: Date | string
  paused_at: Date | string | null
  region_id: string
  currency_code: string
  sales_channel_id: string | null
  shipping_address: AutoshipAddress
  payment_provider_id: string
  payment_method_id: string | null
  payment_label: string
  created_from_order_id: string | null
  created_at: Date | string
  lines: {
    id: string
    variant_id: string
    quantity: number
    product_variant: {
      id: string
      title: string | null
      manage_inventory: boolean
      allow_backorder: boolean
      product: { id: string; title: string; handle: string; thumbnail: string | null } | null
    } | null
  }[]
  cycles: {
    id: string
    due_at: Date | string
    outcome: AutoshipCycleOutcome
    order_id: string | null
    missing_variant_ids: string[] | null
    message: string | null
    created_at: Date | string
    order: { display_id: number } | null
  }[]
  customer?: { id: string; email: string; first_name: string | null; last_name: string | null } | null
}

type Query = Omit<RemoteQueryFunction, symbol>

const iso = (value: Date | string) => new Date(value).toISOString()
const isoOrNull = (value: Date | string | null) => (value ? iso(value) : null)

/**
 * Autoships as the contract's `Autoship` (store) or `AdminAutoshipListItem` (admin, with the customer),
 * soonest shipment first: lines with their product, stock and member price, cycles newest first with
 * their order's display id. Staff views skip the member price (a pricing query per region and currency); customers
 * see what their next delivery costs.
 */
export async function listAutoshipViews(
  container: MedusaContainer,
  filters: AutoshipFilters,
  options: ListOptions & { withCustomer: true }
): Promise<{ autoships: AdminAutoshipListItem[]; count: number }>
export async function listAutoshipViews(
  container: MedusaContainer,
  filters: AutoshipFilters,
  options: ListOptions & { withCustomer: false }
): Promise<{ autoships: Autoship[]; count: number }>
export async function listAutoshipViews(
  container: MedusaContainer,
  filters: AutoshipFilters,
  options: ListOptions
): Promise<{ autoships: Autoship[] | AdminAutoshipListItem[]; count: number }>
export async function listAutoshipViews(
  container: MedusaContainer,
  filters: AutoshipFilters,
  { limit, offset, withCustomer }: ListOptions
): Promise<{ autoships: Autoship[] | AdminAutoshipListItem[]; count: number }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "autoship",
    fields: withCustomer ? [...AUTOSHIP_FIELDS, ...CUSTOMER_FIELDS] : AUTOSHIP_FIELDS,
    filters,
    pagination: { skip: offset, take: limit, order: { next_order_at: "ASC", id: "ASC" } },
  })
  const rows = data as unknown as Row[]
  const [stock, prices] = await Promise.all([stockByChannel(query, rows), withCustomer ? null : memberPrices(query, rows)])

  const autoships = rows.map((row) => {
    const autoship: Autoship = {
      id: row.id,
      status: row.status,
      interval_days: row.interval_days,
      next_order_at: iso(row.next_order_at),
      paused_at: isoOrNull(row.paused_at),
      currency_code: row.currency_code,
      shipping_address: row.shipping_address,
      payment: paymentOf(row),
      lines: row.lines.map((line) => {
        const variant = line.product_variant
        const product = variant?.product ?? null
        const available = stock.get(row.sales_channel_id)?.[line.variant_id]?.availability ?? 0
        return {
          id: line.id,
          variant_id: line.variant_id,
          quantity: line.quantity,
          product_id: product?.id ?? null,
          product_title: product?.title ?? null,
          product_handle: product?.handle ?? null,
          variant_title: variant?.title ?? null,
          thumbnail: product?.thumbnail ?? null,
          unit_price: prices?.get(priceKey(row, line.variant_id)) ?? null,
          in_stock: !!variant && (!variant.manage_inventory || variant.allow_backorder || available >= line.quantity),
        }
      }),
      cycles: row.cycles
        .map((cycle) => ({
          id: cycle.id,
          due_at: iso(cycle.due_at),
          outcome: cycle.outcome,
          order_id: cycle.order_id,
          order_display_id: cycle.order?.display_id ?? null,
          missing_variant_ids: cycle.missing_variant_ids ?? [],
          message: cycle.message,
          created_at: iso(cycle.created_at),
        }))
        .sort((a, b) => b.due_at.localeCompare(a.due_at)),
      created_from_order_id: row.created_from_order_id,
      created_at: iso(row.created_at),
    }
    return withCustomer ? { ...autoship, customer: row.customer ?? null } : autoship
  })
  return { autoships, count: metadata?.count ?? autoships.length }
}

function paymentOf(row: Row): AutoshipPayment {
  return row.payment_provider_id === "pp_system_default" || !row.payment_method_id
    ? { provider: "system", label: row.payment_label }
    : { provider: "stripe", label: row.payment_label, payment_method_id: row.payment_method_id }
}

/** Stock of the lines' variants, per sales channel of the autoships (all locations when an autoship has none). */
async function stockByChannel(query: Query, rows: Row[]) {
  const variantsByChannel = new Map<string | null, Set<string>>()
  for (const row of rows) {
    const ids = variantsByChannel.get(row.sales_channel_id) ?? new Set<string>()
    row.lines.forEach((line) => line.product_variant && ids.add(line.variant_id))
    variantsByChannel.set(row.sales_channel_id, ids)
  }
  const entries = await Promise.all(
    [...variantsByChannel].map(async ([channel, ids]) => {
      const variant_ids = [...ids]
      if (!variant_ids.length) {
        return [channel, {}] as const
      }
      const availability = channel
        ? await getVariantAvailability(query, { variant_ids, sales_channel_id: channel })
        : await getTotalVariantAvailability(query, { variant_ids })
      return [channel, availability as Record<string, { availability: number | null }>] as const
    })
  )
  return new Map(entries)
}

const priceKey = (row: Pick<Row, "region_id" | "currency_code">, variantId: string) => `${row.region_id}|${row.currency_code}|${variantId}`

/** What a club member pays today for each line, in each autoship's region and currency. */
async function memberPrices(query: Query, rows: Row[]) {
  const prices = new Map<string, number>()
  const { data: groups } = await query.graph({ entity: "customer_group", fields: ["id"], filters: { name: CLUB.group } })
  if (!groups[0] || !rows.length) {
    return prices
  }
  const variantsByMarket = new Map<string, { region_id: string; currency_code: string; ids: Set<string> }>()
  for (const row of rows) {
    const key = `${row.region_id}|${row.currency_code}`
    const market = variantsByMarket.get(key) ?? { region_id: row.region_id, currency_code: row.currency_code, ids: new Set<string>() }
    row.lines.forEach((line) => market.ids.add(line.variant_id))
    variantsByMarket.set(key, market)
  }
  for (const market of variantsByMarket.values()) {
    const { data } = await query.graph({
      entity: "product_variant",
      fields: ["id", "calculated_price.calculated_amount"],
      filters: { id: [...market.ids] },
      context: {
        calculated_price: QueryContext({
          region_id: market.region_id,
          currency_code: market.currency_code,
          customer: { groups: [{ id: groups[0].id }] },
        }),
      },
    })
    for (const variant of data as unknown as { id: string; calculated_price?: { calculated_amount?: number | null } }[]) {
      const amount = variant.calculated_price?.calculated_amount
      if (amount != null) {
        prices.set(priceKey(market, variant.id), amount)
      }
    }
  }
  return prices
}
