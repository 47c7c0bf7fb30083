import "server-only"

import { FetchError } from "@medusajs/js-sdk"
import { cache } from "react"
import {
  cacheTags,
  SUGGESTION_LIMITS,
  type Article,
  type ArticleListResponse,
  type ArticleResponse,
  type ArticleSuggestedProductsResponse,
  type ArticleSummary,
  type ProductArticlesResponse,
  type RelatedArticlesResponse,
  type Topic,
  type TopicListResponse,
  type TrendingArticle,
  type TrendingArticlesResponse,
  type ViewResponse,
} from "@supplement-store/contract"

import { requirePublishableKey } from "@/lib/config"
import { readerHeaders } from "@/lib/data/reader"
import { getDefaultRegion } from "@/lib/data/regions"
import { isProductId } from "@/lib/data/reviews"
import { storeGet } from "@/lib/data/store-fetch"
import { sdk } from "@/lib/sdk"
import { isHandle } from "@/lib/util/search-params"

/**
 * The newsroom's data layer: the only place the storefront talks to the
 * backend's /store/articles, /store/topics, /store/products/:id/articles and
 * the suggestions between them (/store/products/:id/related-articles,
 * /store/articles/:handle/suggested-products).
 * Every read is cached by Next (revalidate 60 s, see storeGet) under the
 * contract's tags, which the backend expires when articles change.
 */

/** Articles per page on /news and the topic pages. */
export const ARTICLES_PER_PAGE = 12

/** The backend's page size ceiling for /store/articles. */
const MAX_ARTICLE_LIMIT = 50

export type {
  Article,
  ArticleAuthorRef,
  ArticleSummary,
  ArticleTopicRef,
  Citation,
  FeaturedProduct,
  FeaturedVariant,
  Topic,
  TrendingArticle,
} from "@supplement-store/contract"

export type ArticlePage = ArticleListResponse

function isMissing(error: unknown): boolean {
  return error instanceof FetchError && (error.status === 404 || error.status === 400)
}

/** Published articles, newest first, optionally of one topic. `page` is 1-based. */
export const listArticles = cache(
  async (options: { topic?: string; page?: number; perPage?: number } = {}): Promise<ArticlePage> => {
    const limit = Math.min(Math.max(Math.trunc(options.perPage ?? ARTICLES_PER_PAGE), 1), MAX_ARTICLE_LIMIT)
    const page = Math.max(Math.trunc(options.page ?? 1), 1)
    const offset = (page - 1) * limit
    if (options.topic !== undefined && !isHandle(options.topic)) {
      return { articles: [], count: 0, limit, offset }
    }
    return storeGet<ArticlePage>(
      "/store/articles",
      { topic: options.topic, limit, offset },
      [cacheTags.articles]
    )
  }
)

/** The most read articles lately (the backend's trending score), best first. */
export const listTrendingArticles = cache(async (limit: number = 5): Promise<TrendingArticle[]> => {
  const take = Math.min(Math.max(Math.trunc(limit), 1), 20)
  const { articles } = await storeGet<TrendingArticlesResponse>(
    "/store/articles/trending",
    { limit: take },
    [cacheTags.articles]
  )
  return articles
})

/**
 * Stock levels of the featured products' variants. The article route doesn't
 * return them, so they come from /store/products (scoped to the publishable
 * key's sales channel). Best effort: on failure the variants stay unknown.
 */
async function featuredStock(productIds: string[]): Promise<Map<string, number | null>> {
  const stock = new Map<string, number | null>()
  if (productIds.length === 0) {
    return stock
  }
  try {
    const { products } = await storeGet<{
      products: { id: string; variants?: { id: string; inventory_quantity?: number | null }[] | null }[]
    }>(
      "/store/products",
      { id: productIds, limit: productIds.length, fields: "id,variants.id,+variants.inventory_quantity" },
      [cacheTags.products]
    )
    for (const product of products) {
      for (const variant of product.variants ?? []) {
        stock.set(variant.id, typeof variant.inventory_quantity === "number" ? variant.inventory_quantity : null)
      }
    }
  } catch (error) {
    console.error("news: could not read the featured products' stock", error)
  }
  return stock
}

/** The published article with this handle (featured products priced for the store's region), or null. */
export const getArticle = cache(async (handle: string): Promise<Article | null> => {
  if (!isHandle(handle)) {
    return null
  }
  const region = await getDefaultRegion()
  let article: Article
  try {
    ;({ article } = await storeGet<ArticleResponse>(
      `/store/articles/${encodeURIComponent(handle)}`,
      { region_id: region.id },
      [cacheTags.articles, cacheTags.article(handle)]
    ))
  } catch (error) {
    if (isMissing(error)) {
      return null
    }
    throw error
  }
  const products = article.featured_products ?? []
  const stock = await featuredStock(products.map((p) => p.id))
  return {
    ...article,
    featured_products: products.map((product) => ({
      ...product,
      variants: (product.variants ?? []).map((variant) =>
        stock.has(variant.id) ? { ...variant, inventory_quantity: stock.get(variant.id) } : variant
      ),
    })),
  }
})

/** Every topic, A to Z, with its number of published articles. */
export const listTopics = cache(async (): Promise<Topic[]> => {
  const { topics } = await storeGet<TopicListResponse>("/store/topics", {}, [cacheTags.topics])
  return topics
})

/** The topic with this handle, or null. */
export const getTopic = cache(async (handle: string): Promise<Topic | null> => {
  if (!isHandle(handle)) {
    return null
  }
  const topics = await listTopics()
  return topics.find((topic) => topic.handle === handle) ?? null
})

/** Published articles featuring a product, newest first (at most `limit`). */
export const listProductArticles = cache(async (productId: string, limit: number = 4): Promise<ArticleSummary[]> => {
  if (!/^[A-Za-z0-9_]{1,100}$/.test(productId)) {
    return []
  }
  try {
    const { articles } = await storeGet<ProductArticlesResponse>(
      `/store/products/${encodeURIComponent(productId)}/articles`,
      {},
      [cacheTags.articles, cacheTags.products]
    )
    return articles.slice(0, Math.max(0, limit))
  } catch (error) {
    if (isMissing(error)) {
      return []
    }
    throw error
  }
})

/**
 * Published articles about what a product is for (ranked on its label and topic), best first: what
 * a product page offers when no article features it.
 */
export const listRelatedArticles = cache(async (productId: string): Promise<ArticleSummary[]> => {
  if (!isProductId(productId)) {
    return []
  }
  const { articles } = await storeGet<RelatedArticlesResponse>(
    `/store/products/${encodeURIComponent(productId)}/related-articles`,
    {},
    [cacheTags.articles, cacheTags.products]
  )
  return articles.slice(0, SUGGESTION_LIMITS.relatedArticles)
})

/** The products ranked for an article that features none, best first (ids; the catalogue reads them). */
export const listArticleSuggestedProductIds = cache(async (handle: string): Promise<string[]> => {
  if (!isHandle(handle)) {
    return []
  }
  try {
    const { product_ids } = await storeGet<ArticleSuggestedProductsResponse>(
      `/store/articles/${encodeURIComponent(handle)}/suggested-products`,
      {},
      [cacheTags.articles, cacheTags.products, cacheTags.article(handle)]
    )
    return product_ids.slice(0, SUGGESTION_LIMITS.articleProducts)
  } catch (error) {
    if (isMissing(error)) {
      return []
    }
    throw error
  }
})

/** Handles and dates of every published article (for the sitemap), 50 at a time until `count`. */
export async function listAllArticleHandles(): Promise<{ handle: string; publishedAt: string }[]> {
  const all: { handle: string; publishedAt: string }[] = []
  let page = 1
  for (;;) {
    const { articles, count } = await listArticles({ page, perPage: MAX_ARTICLE_LIMIT })
    for (const article of articles) {
      all.push({ handle: article.handle, publishedAt: article.published_at })
    }
    if (articles.length === 0 || page * MAX_ARTICLE_LIMIT >= count) {
      break
    }
    page += 1
  }
  return all
}

export type ViewResult = { counted: boolean } | null

/**
 * Counts a reader's view of an article (the backend keeps one per reader's
 * address and day). Never cached. Null when the article doesn't exist.
 */
export async function recordArticleView(handle: string): Promise<ViewResult> {
  if (!isHandle(handle)) {
    return null
  }
  requirePublishableKey()
  try {
    return await sdk.client.fetch<ViewResponse>(`/store/articles/${encodeURIComponent(handle)}/views`, {
      method: "POST",
      headers: await readerHeaders(),
      cache: "no-store",
    })
  } catch (error) {
    if (isMissing(error)) {
      return null
    }
    throw error
  }
}
