import type { ExecArgs, FilterableShippingOptionProps } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, getVariantAvailability, Modules } from "@medusajs/framework/utils"
import { AUTOSHIP_SHIPPING_CODE } from "../lib/autoship/cart"
import { SYSTEM_PROVIDER_ID } from "../lib/autoship/payment"
import { CLUB } from "../lib/club"
import { AUTOSHIP_MODULE } from "../modules/autoship"
import type AutoshipModuleService from "../modules/autoship/service"

const LINES_PER_AUTOSHIP = 2
const BATCH = 100

/**
 * For the reliability suite and `npm run bench:autoship`: `<count>` autoships due at `<ISO date>`,
 * shared by `<customers>` new club members (with accounts, as autoship requires), each with two lines of one unit on published variants
 * whose stock covers every renewal, the seeded region, sales channel, free autoship delivery and pay on
 * delivery. Made through the module services in bulk (what checkout would have made, minutes faster):
 * `npx medusa exec ./src/scripts/seed-due-autoships.ts 200 50 2026-01-01T00:00:00Z`.
 * Prints one JSON line `{ autoships, customers, due_at, variant_ids }`.
 */
export default async function seedDueAutoships({ container, args }: ExecArgs) {
  const count = Number(args?.[0])
  const customerCount = Number(args?.[1] ?? Math.ceil(count / 4))
  const dueAt = new Date(args?.[2] ?? Date.now())
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(customerCount) || customerCount < 1 || Number.isNaN(dueAt.getTime())) {
    throw new Error("Usage: seed-due-autoships.ts <count> <customers> <ISO due date>")
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const customerModule = container.resolve(Modules.CUSTOMER)
  const autoships = container.resolve<AutoshipModuleService>(AUTOSHIP_MODULE)

  const [region] = await container.resolve(Modules.REGION).listRegions({}, { take: 1 })
  const [channel] = await container.resolve(Modules.SALES_CHANNEL).listSalesChannels({}, { take: 1 })
  const [delivery] = await container
    .resolve(Modules.FULFILLMENT)
    // The model's relation is `type` (see build-renewal-cart.ts).
    .listShippingOptions({ type: { code: AUTOSHIP_SHIPPING_CODE } } as FilterableShippingOptionProps, { take: 1 })
  const [club] = await customerModule.listCustomerGroups({ name: CLUB.group })
  if (!region || !channel || !delivery || !club) {
    throw new Error("Seed the demo store first: its region, sales channel, free autoship delivery and club group are missing")
  }

  // Every renewal of every autoship takes one unit of each of its lines: spread them over variants with room to spare.
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "manage_inventory", "product.status"],
  })
  const availability = await getVariantAvailability(query, { variant_ids: variants.map((v) => v.id), sales_channel_id: channel.id })
  const stocked = variants
    .filter((v) => v.manage_inventory && v.product?.status === "published")
    .map((v) => ({ id: v.id, units: availability[v.id]?.availability ?? 0 }))
    .sort((a, b) => b.units - a.units)
    .slice(0, 10)
  const unitsPerVariant = Math.ceil((count * LINES_PER_AUTOSHIP) / stocked.length)
  if (stocked.length < LINES_PER_AUTOSHIP || stocked.some((variant) => variant.units < unitsPerVariant)) {
    throw new Error(`Not enough stock for ${count} autoships: ${JSON.stringify(stocked)}`)
  }

  const run = Date.now().toString(36)
  const customers = await customerModule.createCustomers(
    Array.from({ length: customerCount }, (_, i) => ({ email: `autoship-seed-${run}-${i}@example.com`, first_name: "Seeded", last_name: `Member ${i}`, has_account: true }))
  )
  await customerModule.addCustomerToGroup(customers.map((customer) => ({ customer_id: customer.id, customer_group_id: club.id })))

  const address = { first_name: "Seeded", last_name: "Member", address_1: "1 Elm Street", city: "Portland", province: "OR", postal_code: "97201", country_code: "us" }
  for (let start = 0; start < count; start += BATCH) {
    const indexes = Array.from({ length: Math.min(BATCH, count - start) }, (_, i) => start + i)
    const created = await autoships.createAutoships(
      indexes.map((i) => {
        const customer = customers[i % customers.length]
        return {
          customer_id: customer.id,
          email: customer.email,
          status: "active" as const,
          interval_days: 30,
          next_order_at: dueAt,
          region_id: region.id,
          currency_code: region.currency_code,
          sales_channel_id: channel.id,
          shipping_address: { ...address, first_name: customer.first_name },
          shipping_option_id: delivery.id,
          payment_provider_id: SYSTEM_PROVIDER_ID,
          payment_label: "Pay on delivery",
        }
      })
    )
    await autoships.createAutoshipLines(
      created.flatMap((autoship, n) =>
        Array.from({ length: LINES_PER_AUTOSHIP }, (_, line) => ({
          autoship_id: autoship.id,
          variant_id: stocked[(indexes[n] * LINES_PER_AUTOSHIP + line) % stocked.length].id,
          quantity: 1,
        }))
      )
    )
  }
  console.log(JSON.stringify({ autoships: count, customers: customerCount, due_at: dueAt.toISOString(), variant_ids: stocked.map((variant) => variant.id) }))
}
