import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { defineSearchIndex, graphConsume, graphSeed } from "@medusajs/framework/utils"
import { productIdsForEvent } from "../lib/search/event-ids"
import { PRODUCT_SEARCH_FIELDS, PRODUCT_SOURCE_FIELDS, toProductDocuments, type SourceProduct } from "../lib/search/product-documents"
import { SEARCH_INDEX_SETTINGS } from "../lib/search/settings"
import { SupplementFactsEvents } from "../modules/supplement-facts/events"

const source = {
  fields: PRODUCT_SOURCE_FIELDS,
  transform: (rows: SourceProduct[], { container }: { container: { query: RemoteQueryFunction } }) => toProductDocuments(rows, container.query),
}

/**
 * Published products with brand, categories, price, club price, stock, rating and label, kept in step by
 * the catalog, price (variant and price-list prices), inventory, review summary and supplement facts events.
 */
export default defineSearchIndex({
  name: "product",
  entity: "product",
  fields: PRODUCT_SEARCH_FIELDS,
  settings: SEARCH_INDEX_SETTINGS,
  events: [
    "product.created",
    "product.updated",
    "product.deleted",
    "product-variant.created",
    "product-variant.updated",
    "product-variant.deleted",
    "inventory-level.created",
    "inventory-level.updated",
    "inventory-level.deleted",
    "reservation-item.created",
    "reservation-item.updated",
    "reservation-item.deleted",
    // Prices in price lists too (sales, club prices). Medusa emits nothing when a list's status,
    // dates or rules change: those show after `npm run reindex`.
    "pricing.price.created",
    "pricing.price.updated",
    "pricing.price.deleted",
    // Emitted with the product's id once its review summary row was rewritten.
    "review.summary_updated",
    // Emitted with the product's id when its label was written or removed.
    SupplementFactsEvents.UPDATED,
  ],
  consume: graphConsume({
    ...source,
    resolve_ids: (event, { container }) => productIdsForEvent(event.name, event.data, container.query),
    // Only the product's own deletion removes it; a deleted variant or stock level re-reads it.
    is_delete: (event) => event.name === "product.deleted",
  }),
  seed: graphSeed(source),
})
