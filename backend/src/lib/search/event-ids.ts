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
  return distinct(data, "product_id")
}

/** The products of the variants a module link ties to some records (inventory items, price sets). */
async function productsThroughVariantLink(
  query: RemoteQueryFunction,
  link: { entity: "product_variant_inventory_item"; key: "inventory_item_id" } | { entity: "product_variant_price_set"; key: "price_set_id" },
  ids: string[]
): Promise<string[]> {
  if (!ids.length) {
    return []
  }
  const { data } = await query.graph({ entity: link.entity, fields: ["variant_id"], filters: { [link.key]: ids } })
  return productsOfVariants(query, (data as unknown as { variant_id: string }[]).map((l) => l.variant_id))
}

/** The distinct values of one field over some rows. */
function distinct<K extends string>(rows: unknown, key: K): string[] {
  return [...new Set((rows as Record<K, string>[]).map((row) => row[key]))]
}

/** The products whose stock an inventory level or reservation event changes. */
async function productsOfInventoryRecords(
  query: RemoteQueryFunction,
  entity: "inventory_level" | "reservation_item",
  ids: string[]
): Promise<string[]> {
  const { data } = await query.graph({ entity, fields: ["inventory_item_id"], filters: { id: ids }, withDeleted: true })
  return productsThroughVariantLink(query, { entity: "product_variant_inventory_item", key: "inventory_item_id" }, distinct(data, "inventory_item_id"))
}

/** The products whose calculated price some prices set: a variant's own, a sale's or the club's. */
async function productsOfPrices(query: RemoteQueryFunction, priceIds: string[]): Promise<string[]> {
  const { data } = await query.graph({ entity: "price", fields: ["price_set_id"], filters: { id: priceIds }, withDeleted: true })
  return productsThroughVariantLink(query, { entity: "product_variant_price_set", key: "price_set_id" }, distinct(data, "price_set_id"))
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
