import type { ProductSuggestionsInput, ProductSuggestionsResponse } from "@supplement-store/contract"
import { sdk } from "./sdk"

/** Types and API calls for the newsroom's admin routes (`/admin/articles`, `/admin/topics`, `/admin/authors`). */

export const ARTICLE_STATUSES = ["draft", "scheduled", "published"] as const
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number]

export const MAX_FEATURED_PRODUCTS = 12

export type Topic = { id: string; handle: string; name: string; description: string | null }
export type Author = { id: string; handle: string; name: string; bio: string | null; avatar_url: string | null }
export type Citation = { text: string; doi?: string | null; url?: string | null }
export type FeaturedProduct = { id: string; title: string; handle: string; thumbnail: string | null }

export type ArticleSummary = {
  id: string
  handle: string
  title: string
  summary: string
  status: ArticleStatus
  published_at: string | null
  view_count: number
  updated_at: string
  topic: { id: string; name: string } | null
  author: { id: string; name: string } | null
}

export type Article = ArticleSummary & {
  body: string
  hero_image: string | null
  source_text: string | null
  source_url: string | null
  citations: Citation[] | null
  featured_products: FeaturedProduct[]
}

/** The body of `POST /admin/articles` and (partially) `POST /admin/articles/:id`. */
export type ArticlePayload = {
  title?: string
  handle?: string
  summary?: string
  body?: string
  topic_id?: string
  author_id?: string
  status?: ArticleStatus
  published_at?: string | null
  hero_image?: string | null
  source_text?: string | null
  source_url?: string | null
  citations?: Citation[] | null
  featured_product_ids?: string[]
}

export type ArticleListParams = { status?: ArticleStatus; q?: string; limit: number; offset: number }

export const newsKeys = {
  articles: ["news", "articles"] as const,
  articleList: (params: ArticleListParams) => ["news", "articles", "list", params] as const,
  article: (id: string) => ["news", "articles", "detail", id] as const,
  topics: ["news", "topics"] as const,
  authors: ["news", "authors"] as const,
  productSuggestions: (input: ProductSuggestionsInput) => ["news", "product-suggestions", input] as const,
}

export const newsApi = {
  listArticles: (params: ArticleListParams) => {
    const query: Record<string, string | number> = { limit: params.limit, offset: params.offset }
    if (params.status) query.status = params.status
    if (params.q) query.q = params.q
    return sdk.client.fetch<{ articles: ArticleSummary[]; count: number; limit: number; offset: number }>(
      "/admin/articles",
      { query }
    )
  },
  getArticle: (id: string) => sdk.client.fetch<{ article: Article }>(`/admin/articles/${id}`),
  createArticle: (body: ArticlePayload) =>
    sdk.client.fetch<{ article: Article }>("/admin/articles", { method: "POST", body }),
  updateArticle: (id: string, body: ArticlePayload) =>
    sdk.client.fetch<{ article: Article }>(`/admin/articles/${id}`, { method: "POST", body }),
  deleteArticle: (id: string) =>
    sdk.client.fetch<{ id: string; deleted: boolean }>(`/admin/articles/${id}`, { method: "DELETE" }),
  listTopics: () => sdk.client.fetch<{ topics: Topic[] }>("/admin/topics"),
  createTopic: (body: { name: string; handle: string; description?: string | null }) =>
    sdk.client.fetch<{ topic: Topic }>("/admin/topics", { method: "POST", body }),
  listAuthors: () => sdk.client.fetch<{ authors: Author[] }>("/admin/authors"),
  createAuthor: (body: { name: string; handle: string; bio?: string | null; avatar_url?: string | null }) =>
    sdk.client.fetch<{ author: Author }>("/admin/authors", { method: "POST", body }),
  searchProducts: (q: string) =>
    sdk.admin.product.list({ q, limit: 10, fields: "id,title,handle,thumbnail" }) as Promise<{
      products: FeaturedProduct[]
    }>,
  /** The catalogue ranked against the article as the editor has it now (saved or not). */
  suggestProducts: (body: ProductSuggestionsInput) =>
    sdk.client.fetch<ProductSuggestionsResponse>("/admin/product-suggestions", { method: "POST", body }),
}

/** The handle format the API accepts, shared with the backend (forum thread handles). */
export { slugify } from "@supplement-store/contract"

export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message
  return "Something went wrong"
}

export function formatDateTime(value: string | null | undefined): string {
  if (!value) return "–"
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return "–"
  return date.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" })
}

/** An ISO date as the value of an `<input type="datetime-local">` (local time, minutes). */
export function toDateTimeLocal(value: string | Date | null | undefined): string {
  if (!value) return ""
  const date = typeof value === "string" ? new Date(value) : value
  if (Number.isNaN(date.getTime())) return ""
  const pad = (n: number) => String(n).padStart(2, "0")
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(
    date.getMinutes()
  )}`
}
