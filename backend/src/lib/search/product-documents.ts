import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { commonIngredientName, type ProductSearchDocument, type SupplementFacts } from "@supplement-store/contract"
import { QueryContext, search } from "@medusajs/framework/utils"
import { CLUB } from "../club"
import { synonymText } from "./synonyms"

/** The product index: what is searched, filtered, faceted and returned. */
export const PRODUCT_SEARCH_FIELDS = search.define({
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
  // Approved reviews' average (one decimal, 0 without reviews): "4 stars & up" and "Top rated".
  rating: search.float().filterable().sortable().facetable({ types: ["range"] }),
  review_count: search.integer().sortable(),
  // From the supplement facts: the label's form, diets and ingredients (by their common names) as
  // filters and facets, and its ingredient lines in full as searchable text.
  form: search.keyword().filterable().facetable(),
  diets: search.keyword().array().filterable().facetable(),
  ingredients: search.keyword().array().filterable().facetable(),
  ingredient_text: search.text().searchable({ weight: 2 }).retrievable(false),
  synonyms: search.text().searchable({ weight: 1 }).retrievable(false),
})

/** What `query.graph` reads per product to build its search document. */
export const PRODUCT_SOURCE_FIELDS = [
  "id",
  "handle",
  "title",
  "subtitle",
  "description",
  "thumbnail",
  "status",
  "brand.name",
  "categories.name",
  "sales_channels.id",
  "variants.id",
  "variants.manage_inventory",
  "variants.allow_backorder",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
  // Through the read-only product-review-summary link: one row per product, kept by review events.
  "review_summary.average",
  "review_summary.count",
  // Through the read-only product-supplement-facts link.
  "supplement_facts.form",
  "supplement_facts.diets",
  "supplement_facts.ingredients",
]

type Level = { stocked_quantity?: number | null; reserved_quantity?: number | null }
export type SourceVariant = {
  id: string
  manage_inventory?: boolean | null
  allow_backorder?: boolean | null
  inventory_items?: ({ inventory?: { location_levels?: (Level | null)[] | null } | null } | null)[] | null
}
export type SourceProduct = {
  id: string
  handle: string
  title: string
  subtitle?: string | null
  description?: string | null
  thumbnail?: string | null
  status: string
  brand?: { name: string } | null
  categories?: ({ name: string } | null)[] | null
  sales_channels?: ({ id: string } | null)[] | null
  variants?: (SourceVariant | null)[] | null
  review_summary?: { average?: number | null; count?: number | null } | null
  supplement_facts?: Pick<SupplementFacts, "form" | "diets" | "ingredients"> | null
}

/** The index document: the contract's, which the storefront reads from search results. */
export type ProductDocument = ProductSearchDocument

/** Long descriptions slow typo matching and add little: the opening is what readers search for. */
const DESCRIPTION_CHARS = 240

/** Units on hand and not reserved, across the variant's inventory items and locations. */
export function availableQuantity(variant: SourceVariant): number {
  return (variant.inventory_items ?? []).reduce((sum, item) => {
    const levels = item?.inventory?.location_levels ?? []
    return sum + levels.reduce((s, level) => s + (level?.stocked_quantity ?? 0) - (level?.reserved_quantity ?? 0), 0)
  }, 0)
}

export function variantInStock(variant: SourceVariant): boolean {
  return !variant.manage_inventory || !!variant.allow_backorder || availableQuantity(variant) > 0
}

type PriceContext = { region_id: string; currency_code: string; club_group_id: string | null }

/** The store's default currency and a region selling in it; null while the store is not set up. */
async function loadPriceContext(query: RemoteQueryFunction): Promise<PriceContext | null> {
  const { data: stores } = await query.graph({
    entity: "store",
    fields: ["supported_currencies.currency_code", "supported_currencies.is_default"],
  })
  const store = stores[0] as { supported_currencies?: { currency_code: string; is_default: boolean }[] } | undefined
  const currencies = store?.supported_currencies ?? []
  const currency_code = (currencies.find((c) => c.is_default) ?? currencies[0])?.currency_code
  if (!currency_code) {
    return null
  }
  const { data: regions } = await query.graph({ entity: "region", fields: ["id"], filters: { currency_code } })
  if (!regions.length) {
    return null
  }
  const { data: groups } = await query.graph({ entity: "customer_group", fields: ["id"], filters: { name: CLUB.group } })
  return { region_id: regions[0].id, currency_code, club_group_id: groups[0]?.id ?? null }
}

/** Cheapest calculated price per product, as a guest (or a club member) in the store's region sees it. */
async function cheapestPrices(
  query: RemoteQueryFunction,
  variantIds: string[],
  context: PriceContext,
  groupId?: string
): Promise<Map<string, number>> {
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "product_id", "calculated_price.calculated_amount"],
    filters: { id: variantIds },
    context: {
      calculated_price: QueryContext({
        region_id: context.region_id,
        currency_code: context.currency_code,
        ...(groupId ? { customer: { groups: [{ id: groupId }] } } : {}),
      }),
    },
  })
  const cheapest = new Map<string, number>()
  for (const variant of data as unknown as { product_id: string; calculated_price?: { calculated_amount?: number | null } }[]) {
    const amount = variant.calculated_price?.calculated_amount
    if (amount == null) {
      continue
    }
    const current = cheapest.get(variant.product_id)
    cheapest.set(variant.product_id, current === undefined ? Number(amount) : Math.min(current, Number(amount)))
  }
  return cheapest
}

/**
 * Turns a page of products into search documents, reading prices in two queries per page. Drafts
 * get no document, so consuming their events removes them from the index.
 */
export async function toProductDocuments(rows: SourceProduct[], query: RemoteQueryFunction): Promise<ProductDocument[]> {
  const published = rows.filter((row) => row.status === "published")
  if (!published.length) {
    return []
  }
  const variantIds = published.flatMap((row) => (row.variants ?? []).flatMap((v) => (v ? [v.id] : [])))
  const priceContext = variantIds.length ? await loadPriceContext(query) : null
  const [prices, clubPrices] = priceContext
    ? await Promise.all([
        cheapestPrices(query, variantIds, priceContext),
        priceContext.club_group_id
          ? cheapestPrices(query, variantIds, priceContext, priceContext.club_group_id)
          : Promise.resolve(new Map<string, number>()),
      ])
    : [new Map<string, number>(), new Map<string, number>()]

  return published.map((row) => {
    const price = prices.get(row.id) ?? null
    const clubPrice = clubPrices.get(row.id) ?? null
    const description = row.description ? row.description.slice(0, DESCRIPTION_CHARS) : null
    const categories = (row.categories ?? []).flatMap((c) => (c ? [c.name] : []))
    const facts = row.supplement_facts
    const ingredientLines = (facts?.ingredients ?? []).map((ingredient) => ingredient.name)
    return {
      id: row.id,
      handle: row.handle,
      title: row.title,
      subtitle: row.subtitle ?? null,
      description,
      thumbnail: row.thumbnail ?? null,
      status: row.status,
      brand: row.brand?.name ?? null,
      categories,
      sales_channel_ids: (row.sales_channels ?? []).flatMap((c) => (c ? [c.id] : [])),
      price,
      club_price: clubPrice !== null && price !== null && clubPrice < price ? clubPrice : null,
      currency_code: priceContext?.currency_code ?? null,
      in_stock: (row.variants ?? []).some((v) => v !== null && variantInStock(v)),
      rating: Math.round((row.review_summary?.average ?? 0) * 10) / 10,
      review_count: row.review_summary?.count ?? 0,
      form: facts?.form ?? null,
      diets: facts?.diets ?? [],
      ingredients: [...new Set(ingredientLines.map(commonIngredientName))],
      ingredient_text: ingredientLines.join(" \n "),
      synonyms: synonymText(row.title, row.subtitle, row.description, categories.join(" "), ...ingredientLines),
    }
  })
}
