import "server-only"

import {
  cacheTags,
  MAX_SEARCH_TEXT_LENGTH,
  SearchQuery,
  type ArticleSearchDocument,
  type ForumThreadSearchDocument,
  type ProductSearchDocument,
  type SearchResponse,
  type SearchResult,
} from "@supplement-store/contract"
import {
  DIET_ATTRIBUTES,
  SUPPLEMENT_FORMS,
  type DietAttribute,
  type SupplementForm,
} from "@supplement-store/contract/supplement-terms"
import type { z } from "zod"

import { requirePublishableKey } from "@/lib/config"
import { readerHeaders } from "@/lib/data/reader"
import { REVALIDATE_SECONDS } from "@/lib/data/store-fetch"
import { sdk } from "@/lib/sdk"

/**
 * The storefront's search: the only place it talks to Medusa's `POST /store/search`, which answers
 * with the Search Module's results for the product, article and forum thread indexes (what readers can open).
 */

/** What a result card shows of a product (the index holds a little more, for matching). */
export type ProductHit = Omit<ProductSearchDocument, "description" | "status" | "sales_channel_ids" | "ingredient_text" | "synonyms">

/** What a result card shows of an article. */
export type ArticleHit = Omit<ArticleSearchDocument, "hero_image" | "synonyms">

/** What a result shows of a readers' thread: title, forum and replies, linking to the thread. */
export type ForumThreadHit = ForumThreadSearchDocument

export type FacetValue = { value: string; count: number }

type SearchQuery = z.input<typeof SearchQuery>

export const MAX_SEARCH_LENGTH = MAX_SEARCH_TEXT_LENGTH
export const SEARCH_PRODUCTS_PER_PAGE = 12
const SEARCH_ARTICLES_SHOWN = 6
const SEARCH_THREADS_SHOWN = 6

/** Price bands offered as a facet: key → bounds (from inclusive, to exclusive). */
export const PRICE_BANDS = [
  { key: "0-20", label: "Under $20", from: undefined, to: 20 },
  { key: "20-40", label: "$20 to $40", from: 20, to: 40 },
  { key: "40-", label: "$40 and up", from: 40, to: undefined },
] as const

/** Rating floors offered as a facet ("4 stars & up"): key → the lowest average counted. */
export const RATING_FLOORS = [
  { key: "4", label: "4 stars & up", from: 4 },
  { key: "3", label: "3 stars & up", from: 3 },
  { key: "2", label: "2 stars & up", from: 2 },
  { key: "1", label: "1 star & up", from: 1 },
] as const

/** How product results may be ordered: by relevance (the engine's score) or best rated first. */
export const SEARCH_SORTS = [
  { key: "relevance", label: "Best match" },
  { key: "top_rated", label: "Top rated" },
] as const
export type SearchSort = (typeof SEARCH_SORTS)[number]["key"]

type Queries = [SearchQuery & { entity: "product" }, SearchQuery & { entity: "article" }, SearchQuery & { entity: "forum_thread" }]
type Results = [SearchResult<ProductSearchDocument>, SearchResult<ArticleSearchDocument>, SearchResult<ForumThreadSearchDocument>]

/**
 * One product, one article and one forum thread query, answered in that order, with the reader's
 * address, so the backend's rate limit counts the reader, not the storefront.
 */
async function runSearch(queries: Queries): Promise<Results> {
  requirePublishableKey()
  const { results } = await sdk.client.fetch<SearchResponse>("/store/search", {
    method: "POST",
    body: { queries },
    headers: await readerHeaders(),
    cache: "no-store",
  })
  return results as Results
}

const documents = <T,>(result: SearchResult<T>) => result.hits.map((hit) => ({ ...hit.document, id: hit.id }))

/** What the header box shows as you type: a few products, articles and forum threads, the last word as a prefix. */
export async function instantSearch(q: string): Promise<{ products: ProductHit[]; articles: ArticleHit[]; threads: ForumThreadHit[] }> {
  // No total: the box shows a handful, and counting costs the engine a second pass.
  const options = { match_strategy: "last", typo_tolerance: true, count: "none" } as const
  const [products, articles, threads] = await runSearch([
    { entity: "product", filters: { q }, pagination: { take: 5 }, search_options: options },
    { entity: "article", filters: { q }, pagination: { take: 4 }, search_options: options },
    { entity: "forum_thread", filters: { q }, pagination: { take: 3 }, search_options: options },
  ])
  return { products: documents<ProductHit>(products), articles: documents<ArticleHit>(articles), threads: documents<ForumThreadHit>(threads) }
}

export type SearchPageFilters = {
  q: string
  brands: string[]
  categories: string[]
  topics: string[]
  forums: string[]
  forms: SupplementForm[]
  diets: DietAttribute[]
  ingredients: string[]
  price?: (typeof PRICE_BANDS)[number]["key"]
  inStock: boolean
  rating?: (typeof RATING_FLOORS)[number]["key"]
  sort: SearchSort
  page: number
}

export type SearchPageResult = {
  products: ProductHit[]
  productCount: number
  articles: ArticleHit[]
  articleCount: number
  threads: ForumThreadHit[]
  threadCount: number
  facets: {
    brand: FacetValue[]
    categories: FacetValue[]
    form: FacetValue[]
    diets: FacetValue[]
    ingredients: FacetValue[]
    topic: FacetValue[]
    forum: FacetValue[]
    inStock: number
    price: { key: string; count: number }[]
    rating: { key: string; count: number }[]
  }
  /** A query that finds something, offered when this one found nothing. */
  didYouMean: string | null
  /** The engine's correction of a misspelt query, when the results shown are for it. */
  correctedQuery: string | null
}

function valueFacet(result: SearchResult<unknown>, field: string): FacetValue[] {
  const facet = result.facets?.[field]
  return facet?.type === "value" ? facet.values : []
}

function productFilters(filters: SearchPageFilters): Record<string, unknown> {
  const band = PRICE_BANDS.find((b) => b.key === filters.price)
  const floor = RATING_FLOORS.find((f) => f.key === filters.rating)
  return {
    ...(filters.brands.length ? { brand: { $in: filters.brands } } : {}),
    ...(filters.categories.length ? { categories: { $in: filters.categories } } : {}),
    ...(filters.forms.length ? { form: { $in: filters.forms } } : {}),
    // Diets ticked together must all hold (a vegan and gluten-free product), as on /store.
    ...(filters.diets.length ? { diets: { $contains: filters.diets } } : {}),
    ...(filters.ingredients.length ? { ingredients: { $in: filters.ingredients } } : {}),
    ...(filters.inStock ? { in_stock: true } : {}),
    ...(band ? { price: { ...(band.from !== undefined ? { $gte: band.from } : {}), ...(band.to !== undefined ? { $lt: band.to } : {}) } } : {}),
    ...(floor ? { rating: { $gte: floor.from } } : {}),
  }
}

/** "Top rated": best average first, and among equal averages the one more readers rated. */
const TOP_RATED_ORDER = { rating: "DESC", review_count: "DESC" } as const

/** `/search`: products with brand, category, price, stock and rating facets, articles by topic, forum threads by forum. */
export async function searchPage(filters: SearchPageFilters): Promise<SearchPageResult> {
  const q = filters.q
  const [products, articles, threads] = await runSearch([
    {
      entity: "product",
      filters: { ...(q ? { q } : {}), ...productFilters(filters) },
      pagination: {
        skip: (filters.page - 1) * SEARCH_PRODUCTS_PER_PAGE,
        take: SEARCH_PRODUCTS_PER_PAGE,
        ...(filters.sort === "top_rated" ? { order: TOP_RATED_ORDER } : {}),
      },
      search_options: {
        typo_tolerance: true,
        disjunctive_facets: true,
        facets: [
          { field: "brand", limit: 30 },
          { field: "categories", limit: 30 },
          "form",
          "diets",
          { field: "ingredients", limit: 30 },
          "in_stock",
          { field: "price", type: "range", ranges: PRICE_BANDS.map(({ key, from, to }) => ({ key, from, to })) },
          { field: "rating", type: "range", ranges: RATING_FLOORS.map(({ key, from }) => ({ key, from })) },
        ],
      },
    },
    {
      entity: "article",
      filters: { ...(q ? { q } : {}), ...(filters.topics.length ? { topic: { $in: filters.topics } } : {}) },
      pagination: { take: SEARCH_ARTICLES_SHOWN },
      search_options: { typo_tolerance: true, disjunctive_facets: true, facets: [{ field: "topic", limit: 20 }] },
    },
    {
      entity: "forum_thread",
      filters: { ...(q ? { q } : {}), ...(filters.forums.length ? { forum: { $in: filters.forums } } : {}) },
      // Without words, the liveliest threads first.
      pagination: { take: SEARCH_THREADS_SHOWN, ...(q ? {} : { order: { last_post_at: "DESC" } }) },
      search_options: { typo_tolerance: true, disjunctive_facets: true, facets: [{ field: "forum", limit: 20 }] },
    },
  ])
  const productCount = products.metadata.count ?? products.hits.length
  const articleCount = articles.metadata.count ?? articles.hits.length
  const threadCount = threads.metadata.count ?? threads.hits.length
  const priceFacet = products.facets?.price
  const ratingFacet = products.facets?.rating
  return {
    products: documents<ProductHit>(products),
    productCount,
    articles: documents<ArticleHit>(articles),
    articleCount,
    threads: documents<ForumThreadHit>(threads),
    threadCount,
    facets: {
      brand: valueFacet(products, "brand"),
      categories: valueFacet(products, "categories"),
      form: valueFacet(products, "form"),
      diets: valueFacet(products, "diets"),
      ingredients: valueFacet(products, "ingredients"),
      topic: valueFacet(articles, "topic"),
      forum: valueFacet(threads, "forum"),
      inStock: valueFacet(products, "in_stock").find((v) => String(v.value) === "true")?.count ?? 0,
      price: priceFacet?.type === "range" ? priceFacet.ranges : [],
      rating: ratingFacet?.type === "range" ? ratingFacet.ranges : [],
    },
    didYouMean: q && productCount === 0 && articleCount === 0 && threadCount === 0 ? await suggestionFor(q) : null,
    correctedQuery: q ? correctionOf(q, [products, articles, threads]) : null,
  }
}

/** The query the engine answered instead of `q` (its spelling correction), if any group's hits are for one. */
function correctionOf(q: string, results: SearchResult<unknown>[]): string | null {
  const corrected = results.find((result) => result.hits.length && result.metadata.query && result.metadata.query.toLowerCase() !== q.toLowerCase())
  return corrected?.metadata.query ?? null
}

/**
 * "Did you mean": the title of the closest product, article or thread when any word may match, so a
 * query with a stray or misspelt word still leads somewhere.
 */
async function suggestionFor(q: string): Promise<string | null> {
  const options = { match_strategy: "any", typo_tolerance: true } as const
  const results = await runSearch([
    { entity: "product", filters: { q }, pagination: { take: 1 }, search_options: options },
    { entity: "article", filters: { q }, pagination: { take: 1 }, search_options: options },
    { entity: "forum_thread", filters: { q }, pagination: { take: 1 }, search_options: options },
  ])
  const title = results.flatMap((result) => result.hits.map((hit) => (hit.document as { title?: string }).title))[0]
  return title && title.toLowerCase() !== q.toLowerCase() ? title : null
}

/** How many ingredients /store offers to filter on: the most common ones. */
const STORE_INGREDIENT_OPTIONS = 40

export type LabelFacets = {
  forms: { value: SupplementForm; count: number }[]
  diets: { value: DietAttribute; count: number }[]
  /** Most common first. */
  ingredients: FacetValue[]
}

/**
 * The forms, diets and ingredients of all published products, each with how many products have it:
 * /store's label filters. The same for every visitor, so cached like the catalogue and dropped with it.
 */
export async function listLabelFacets(): Promise<LabelFacets> {
  requirePublishableKey()
  const query: SearchQuery = {
    entity: "product",
    // The contract asks for at least one hit; only the facets are read.
    pagination: { take: 1 },
    search_options: {
      count: "none",
      facets: [
        { field: "form", limit: SUPPLEMENT_FORMS.length },
        { field: "diets", limit: DIET_ATTRIBUTES.length },
        { field: "ingredients", limit: STORE_INGREDIENT_OPTIONS },
      ],
    },
  }
  const { results } = await sdk.client.fetch<SearchResponse>("/store/search", {
    method: "POST",
    body: { queries: [query] },
    next: { revalidate: REVALIDATE_SECONDS, tags: [cacheTags.products] },
  })
  const [result] = results
  const countOf = (field: string, value: string) => valueFacet(result, field).find((v) => String(v.value) === value)?.count ?? 0
  // Forms and diets in the label's own order, leaving out what no product has.
  return {
    forms: SUPPLEMENT_FORMS.map((value) => ({ value, count: countOf("form", value) })).filter((option) => option.count > 0),
    diets: DIET_ATTRIBUTES.map((value) => ({ value, count: countOf("diets", value) })).filter((option) => option.count > 0),
    ingredients: [...valueFacet(result, "ingredients")].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)),
  }
}
