import "server-only"

import type { HttpTypes } from "@medusajs/types"
import { cache } from "react"
import { cacheTags, type DietAttribute, type SupplementFacts, type SupplementForm } from "@supplement-store/contract"

import { getDefaultRegion } from "@/lib/data/regions"
import { storeGet } from "@/lib/data/store-fetch"
import { PRODUCTS_PER_PAGE } from "@/lib/util/pagination"
import { getCheapestPrice, isProductOutOfStock } from "@/lib/util/product"
import type { ProductSort } from "@/lib/util/store-filters"

/**
 * Variants with their region price and stock level (on top of the default fields), the rating
 * summary the reviews keep (`+review_summary.*`, the product ↔ summary link the backend allows here)
 * and the label (cards show its form and diets). The label comes whole: asked for field by field
 * (`+supplement_facts.form`), the read-only link came back null, its join key `product_id` not selected.
 */
const LIST_FIELDS = "*variants.calculated_price,+variants.inventory_quantity,+review_summary.*,+supplement_facts.*"

/**
 * The product page also wants its categories (breadcrumbs), collection and brand.
 * `+brand.*` is the product ↔ brand link (a custom module link the backend allows here).
 */
const DETAIL_FIELDS = `${LIST_FIELDS},*categories,*collection,+brand.*`

/** Medusa's store page size ceiling. */
const MAX_LIMIT = 200

export type ProductBrand = { id: string; handle: string; name: string }

/** A product's stars as its linked summary row gives them (null: no review yet). */
export type ProductRating = { average: number; count: number }

/** A store product, with the brand, rating and label links when the backend returned them. */
export type Product = HttpTypes.StoreProduct & {
  brand?: ProductBrand | null
  review_summary?: ProductRating | null
  supplement_facts?: SupplementFacts | null
}

export type ProductListPage = {
  products: Product[]
  count: number
  limit: number
  offset: number
  /** Currency prices are expressed in (the region's), e.g. "usd". */
  currencyCode: string
}

export type ProductQuery = {
  categoryId?: string
  collectionId?: string
  /** Brand handle (the backend's custom `?brand=` filter). */
  brand?: string
  /** The label's filters (the backend's `?form=`, `?diet=`, `?ingredient=`): any of the forms, all of the diets, any of the ingredients. */
  forms?: SupplementForm[]
  diets?: DietAttribute[]
  ingredients?: string[]
  /** Inclusive bounds on the cheapest variant's calculated price. */
  minPrice?: number
  maxPrice?: number
  sort?: ProductSort
  /** 1-based. */
  page?: number
  perPage?: number
}

const SERVER_ORDER: Record<ProductSort, string | undefined> = {
  featured: undefined, // the backend's default order
  newest: "-created_at",
  name: "title",
  "price-asc": undefined,
  "price-desc": undefined,
}

type Query = Record<string, string | number | string[] | undefined>

function filterQuery(query: ProductQuery): Query {
  return {
    category_id: query.categoryId ? [query.categoryId] : undefined,
    collection_id: query.collectionId ? [query.collectionId] : undefined,
    brand: query.brand,
    form: query.forms?.length ? query.forms : undefined,
    diet: query.diets?.length ? query.diets : undefined,
    ingredient: query.ingredients?.length ? query.ingredients : undefined,
  }
}

async function fetchPage(params: Query, regionId: string): Promise<HttpTypes.StoreProductListResponse> {
  return storeGet<HttpTypes.StoreProductListResponse>(
    "/store/products",
    { ...params, region_id: regionId, fields: LIST_FIELDS },
    [cacheTags.products]
  )
}

/** Every product matching the filters, fetched 200 at a time (the catalogue is small). */
async function fetchAll(filters: Query, order: string | undefined, regionId: string): Promise<Product[]> {
  const first = await fetchPage({ ...filters, order, limit: MAX_LIMIT, offset: 0 }, regionId)
  const products: Product[] = [...first.products]
  const pages = Math.ceil(first.count / MAX_LIMIT)
  if (pages > 1) {
    const rest = await Promise.all(
      Array.from({ length: pages - 1 }, (_, i) =>
        fetchPage({ ...filters, order, limit: MAX_LIMIT, offset: (i + 1) * MAX_LIMIT }, regionId)
      )
    )
    for (const page of rest) products.push(...page.products)
  }
  return products
}

/**
 * A page of products, filtered and sorted.
 *
 * Medusa can neither sort by price nor filter on a price range, so when either
 * is asked for, the (category/brand/collection-filtered) catalogue is fetched
 * whole at limit 200 (about 76 products, cached for 60 s) and filtered, sorted
 * and paginated here on the cheapest calculated variant price. Everything else
 * is paginated by the backend.
 */
export async function listProducts(query: ProductQuery = {}): Promise<ProductListPage> {
  const perPage = Math.min(Math.max(Math.trunc(query.perPage ?? PRODUCTS_PER_PAGE), 1), MAX_LIMIT)
  const page = Math.max(Math.trunc(query.page ?? 1), 1)
  const offset = (page - 1) * perPage
  const sort = query.sort ?? "featured"
  const region = await getDefaultRegion()
  const currencyCode = region.currency_code
  const filters = filterQuery(query)

  const byPrice = sort === "price-asc" || sort === "price-desc"
  const priceFiltered = query.minPrice !== undefined || query.maxPrice !== undefined

  if (!byPrice && !priceFiltered) {
    const { products, count } = await fetchPage(
      { ...filters, order: SERVER_ORDER[sort], limit: perPage, offset },
      region.id
    )
    return { products, count, limit: perPage, offset, currencyCode }
  }

  const all = await fetchAll(filters, SERVER_ORDER[sort], region.id)
  const priced = all.map((product) => ({
    product,
    price: getCheapestPrice(product, currencyCode)?.amount ?? null,
  }))

  const inRange = priced.filter(({ price }) => {
    if (!priceFiltered) return true
    if (price === null) return false
    if (query.minPrice !== undefined && price < query.minPrice) return false
    if (query.maxPrice !== undefined && price > query.maxPrice) return false
    return true
  })

  if (byPrice) {
    const direction = sort === "price-asc" ? 1 : -1
    // Stable sort; unpriced products always last.
    inRange.sort((a, b) => {
      if (a.price === null || b.price === null) {
        return a.price === b.price ? 0 : a.price === null ? 1 : -1
      }
      return (a.price - b.price) * direction
    })
  }

  return {
    products: inRange.slice(offset, offset + perPage).map(({ product }) => product),
    count: inRange.length,
    limit: perPage,
    offset,
    currencyCode,
  }
}

export type ProductWithCurrency = {
  product: Product
  currencyCode: string
}

/** The published product with this handle, or null when there is none. */
export const getProductByHandle = cache(
  async (handle: string): Promise<ProductWithCurrency | null> => {
    if (!handle || handle.length > 200) {
      return null
    }
    const region = await getDefaultRegion()

    const { products } = await storeGet<HttpTypes.StoreProductListResponse>(
      "/store/products",
      {
        handle,
        limit: 1,
        region_id: region.id,
        fields: DETAIL_FIELDS,
      },
      [cacheTags.products]
    )

    const product = (products as Product[]).find((p) => p.handle === handle)
    return product ? { product, currencyCode: region.currency_code } : null
  }
)

/**
 * The published products with these ids, as cards show them (prices in the default region, stock),
 * in the order given; unknown or unpublished ids are left out.
 */
export async function listProductsByIds(ids: string[]): Promise<Product[]> {
  const wanted = ids.slice(0, MAX_LIMIT)
  if (wanted.length === 0) {
    return []
  }
  const region = await getDefaultRegion()
  const { products } = await fetchPage({ id: wanted, limit: wanted.length }, region.id)
  const byId = new Map(products.map((product) => [product.id, product as Product]))
  return wanted.flatMap((id) => byId.get(id) ?? [])
}

/** Handles and update times of every published product (for the sitemap). */
export async function listProductHandles(): Promise<{ handle: string; updatedAt?: string }[]> {
  const handles: { handle: string; updatedAt?: string }[] = []
  let offset = 0
  for (;;) {
    const { products, count } = await storeGet<HttpTypes.StoreProductListResponse>(
      "/store/products",
      { fields: "handle,updated_at", limit: MAX_LIMIT, offset },
      [cacheTags.products]
    )
    for (const p of products) {
      if (p.handle) handles.push({ handle: p.handle, updatedAt: (p.updated_at as string | null) ?? undefined })
    }
    offset += MAX_LIMIT
    if (offset >= count || products.length === 0) break
  }
  return handles
}

/**
 * Up to `limit` products to show under this one: those sharing its category first, then its brand;
 * in stock before sold out; never the product itself. Two small cached list reads (the store API's
 * `category_id` and our `brand` filter), so no route of our own is needed.
 */
export async function listRelatedProducts(product: Product, limit = 4): Promise<Product[]> {
  const categoryIds = (product.categories ?? []).map((category) => category.id)
  if (categoryIds.length === 0 && !product.brand) {
    return []
  }
  const region = await getDefaultRegion()
  // A few more than needed per read, so that in-stock ones can come first (and the product itself drops out).
  const page = { limit: limit * 3, offset: 0 }
  const [byCategory, byBrand] = await Promise.all([
    categoryIds.length ? fetchPage({ ...page, category_id: categoryIds }, region.id) : null,
    product.brand ? fetchPage({ ...page, brand: product.brand.handle }, region.id) : null,
  ])
  const seen = new Set([product.id])
  const candidates: Product[] = []
  for (const candidate of [...(byCategory?.products ?? []), ...(byBrand?.products ?? [])]) {
    if (seen.has(candidate.id)) continue
    seen.add(candidate.id)
    candidates.push(candidate as Product)
  }
  // A stable sort: category before brand is kept within each stock group.
  candidates.sort((a, b) => Number(isProductOutOfStock(a)) - Number(isProductOutOfStock(b)))
  return candidates.slice(0, limit)
}
