import { defineSearchIndex, graphConsume, graphSeed, search } from "@medusajs/framework/utils"
import { productIdsForEvent } from "../lib/search/event-ids"
import { PRODUCT_SOURCE_FIELDS, toProductDocuments, type SourceProduct } from "../lib/search/product-documents"
import { SEARCH_INDEX_SETTINGS } from "../lib/search/settings"

const fields = search.define({
  id: search.keyword().filterable(),
  handle: search.keyword(),
  title: search.text().searchable({ weight: 3 }),
  subtitle: search.text().searchable({ weight: 2 }),
  description: search.text().searchable({ weight: 1 }),
  thumbnail: search.keyword(),
  status: search.keyword().filterable(),
  brand: search.keyword().searchable({ weight: 2 }).filterable().facetable(),
  categories: search.keyword().array().searchable({ weight: 2 }).filterable().facetable(),
  sales_channel_ids: search.keyword().array().filterable(),
  price: search.float().filterable().sortable().facetable({ types: ["range", "stats"] }),
  club_price: search.float(),
  currency_code: search.keyword(),
  in_stock: search.boolean().filterable().facetable(),
  synonyms: search.text().searchable({ weight: 1 }).retrievable(false),
})

const source = {
  fields: PRODUCT_SOURCE_FIELDS,
  transform: (rows: SourceProduct[], { container }: { container: { query: any } }) => toProductDocuments(rows, container.query),
}

/**
 * Published products with brand, categories, price, club price and stock, kept in step by the
 * catalog, price (variant) and inventory events.
 */
export default defineSearchIndex({
  name: "product",
  entity: "product",
  fields,
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
  ],
  consume: graphConsume({
    ...source,
    resolve_ids: (event, { container }) => productIdsForEvent(event.name, event.data, container.query),
    // Only the product's own deletion removes it; a deleted variant or stock level re-reads it.
    is_delete: (event) => event.name === "product.deleted",
  }),
  seed: graphSeed(source),
})
