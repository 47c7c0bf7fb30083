import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, Modules } from "@medusajs/framework/utils"
import { REVIEWS_MODULE } from "../../modules/reviews"
import type ReviewsModuleService from "../../modules/reviews/service"
import type { StockAlertLinkPurpose } from "../../modules/reviews/service"

/** A variant as back-in-stock alerts see it: what it is called, where it is sold, and how many units can be sold now. */
export type VariantStock = {
  variant_id: string
  variant_title: string | null
  sku: string | null
  product_id: string
  product_title: string
  product_handle: string
  published: boolean
  sales_channel_ids: string[]
  /** Stock is counted (managed inventory, no backorders): only then can it be sold out. */
  tracked: boolean
  /** Units a shopper can buy now: stocked minus reserved over the locations of the product's sales channels. */
  available: number
}

type VariantRow = {
  id: string
  title: string | null
  sku: string | null
  manage_inventory: boolean | null
  allow_backorder: boolean | null
  product: { id: string; title: string; handle: string; status: string; sales_channels?: ({ id: string } | null)[] | null } | null
  inventory_items?: ({ inventory_item_id: string; required_quantity: number } | null)[] | null
}

/**
 * Stock of variants, read from the inventory module itself rather than through Query's cache (which
 * Medusa's getVariantAvailability uses): a restock subscriber must see the change that woke it. Like
 * Medusa's helper, a variant made of several inventory items counts its scarcest one.
 */
export async function variantStock(container: MedusaContainer, variantIds: string[]): Promise<Map<string, VariantStock>> {
  const stock = new Map<string, VariantStock>()
  if (!variantIds.length) {
    return stock
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: [
      "id",
      "title",
      "sku",
      "manage_inventory",
      "allow_backorder",
      "product.id",
      "product.title",
      "product.handle",
      "product.status",
      "product.sales_channels.id",
      "inventory_items.inventory_item_id",
      "inventory_items.required_quantity",
    ],
    filters: { id: variantIds },
  })
  const variants = (data as unknown as VariantRow[]).filter((variant) => variant.product)
  const channelIds = [...new Set(variants.flatMap((variant) => (variant.product!.sales_channels ?? []).map((channel) => channel!.id)))]
  const locationsByChannel = new Map<string, string[]>()
  if (channelIds.length) {
    const { data: links } = await query.graph({ entity: "sales_channel_locations", fields: ["sales_channel_id", "stock_location_id"], filters: { sales_channel_id: channelIds } })
    for (const link of links as { sales_channel_id: string; stock_location_id: string }[]) {
      locationsByChannel.set(link.sales_channel_id, [...(locationsByChannel.get(link.sales_channel_id) ?? []), link.stock_location_id])
    }
  }
  const inventory = container.resolve(Modules.INVENTORY)
  for (const variant of variants) {
    const product = variant.product!
    const salesChannelIds = (product.sales_channels ?? []).map((channel) => channel!.id)
    const locationIds = [...new Set(salesChannelIds.flatMap((id) => locationsByChannel.get(id) ?? []))]
    const tracked = Boolean(variant.manage_inventory) && !variant.allow_backorder
    let available = 0
    const items = (variant.inventory_items ?? []).filter((item) => item !== null)
    if (tracked && items.length && locationIds.length) {
      const perItem = await Promise.all(
        items.map(async (item) => Math.floor(MathBN.convert(await inventory.retrieveAvailableQuantity(item.inventory_item_id, locationIds)).toNumber() / item.required_quantity))
      )
      available = Math.max(0, Math.min(...perItem))
    }
    stock.set(variant.id, {
      variant_id: variant.id,
      variant_title: variant.title,
      sku: variant.sku,
      product_id: product.id,
      product_title: product.title,
      product_handle: product.handle,
      published: product.status === "published",
      sales_channel_ids: salesChannelIds,
      tracked,
      available,
    })
  }
  return stock
}

/** The variants an inventory item is stocked for. */
export async function variantsOfInventoryItems(container: MedusaContainer, inventoryItemIds: string[]): Promise<string[]> {
  if (!inventoryItemIds.length) {
    return []
  }
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product_variant_inventory_items",
    fields: ["variant_id"],
    filters: { inventory_item_id: inventoryItemIds },
  })
  return [...new Set((data as { variant_id: string }[]).map((link) => link.variant_id))]
}

/** A storefront page of back-in-stock alerts, with the signed token of one alert. */
export function stockAlertLink(container: MedusaContainer, alertId: string, purpose: StockAlertLinkPurpose) {
  const { storefrontUrl } = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).admin
  const token = container.resolve<ReviewsModuleService>(REVIEWS_MODULE).signStockAlertToken(alertId, purpose)
  return `${storefrontUrl}/stock-alerts/${purpose}?token=${encodeURIComponent(token)}`
}

export function productPageUrl(container: MedusaContainer, handle: string) {
  const { storefrontUrl } = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).admin
  return `${storefrontUrl}/products/${encodeURIComponent(handle)}`
}
