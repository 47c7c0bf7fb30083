import type { RemoteQueryFunction } from "@medusajs/framework/types"

/** The ids an event carries: Medusa emits `{ id }` or a list of them. */
export function eventIds(data: unknown): string[] {
  return [data]
    .flat()
    .flatMap((item) => (item && typeof item === "object" && "id" in item ? [String((item as { id: unknown }).id)] : []))
}

/** The products behind some variants, deleted variants included. */
async function productsOfVariants(query: RemoteQueryFunction, variantIds: string[]): Promise<string[]> {
  if (!variantIds.length) {
    return []
  }
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["product_id"],
    filters: { id: variantIds },
    withDeleted: true,
  })
  return [...new Set((data as unknown as { product_id: string }[]).map((v) => v.product_id))]
}

/** The products whose stock an inventory level or reservation event changes. */
async function productsOfInventoryRecords(
  query: RemoteQueryFunction,
  entity: "inventory_level" | "reservation_item",
  ids: string[]
): Promise<string[]> {
  const { data: records } = await query.graph({ entity, fields: ["inventory_item_id"], filters: { id: ids }, withDeleted: true })
  const itemIds = [...new Set((records as unknown as { inventory_item_id: string }[]).map((r) => r.inventory_item_id))]
  if (!itemIds.length) {
    return []
  }
  const { data: links } = await query.graph({
    entity: "product_variant_inventory_item",
    fields: ["variant_id"],
    filters: { inventory_item_id: itemIds },
  })
  return productsOfVariants(query, (links as unknown as { variant_id: string }[]).map((l) => l.variant_id))
}

/** The products whose variants are priced by some price sets. */
async function productsOfPriceSets(query: RemoteQueryFunction, priceSetIds: string[]): Promise<string[]> {
  if (!priceSetIds.length) {
    return []
  }
  const { data: links } = await query.graph({
    entity: "product_variant_price_set",
    fields: ["variant_id"],
    filters: { price_set_id: priceSetIds },
  })
  return productsOfVariants(query, (links as unknown as { variant_id: string }[]).map((l) => l.variant_id))
}

/** The products whose calculated price some prices set: a variant's own, a sale's or the club's. */
async function productsOfPrices(query: RemoteQueryFunction, priceIds: string[]): Promise<string[]> {
  const { data } = await query.graph({ entity: "price", fields: ["price_set_id"], filters: { id: priceIds }, withDeleted: true })
  return productsOfPriceSets(query, [...new Set((data as unknown as { price_set_id: string }[]).map((p) => p.price_set_id))])
}

/** Maps a catalog event to the products to re-read. */
export async function productIdsForEvent(name: string, data: unknown, query: RemoteQueryFunction): Promise<string[]> {
  const ids = eventIds(data)
  if (!ids.length) {
    return []
  }
  if (name.startsWith("product-variant.")) {
    return productsOfVariants(query, ids)
  }
  if (name.startsWith("inventory-level.")) {
    return productsOfInventoryRecords(query, "inventory_level", ids)
  }
  if (name.startsWith("reservation-item.")) {
    return productsOfInventoryRecords(query, "reservation_item", ids)
  }
  if (name.startsWith("pricing.price.")) {
    return productsOfPrices(query, ids)
  }
  return ids
}
