import { z } from "zod"
import { Handle, Page } from "./fields"
import { HANDLE_PATTERN, MAX_ARTICLE_HANDLE_LENGTH, MAX_HANDLE_LENGTH, REGION_ID_PATTERN } from "./limits"

export const ARTICLE_STATUSES = ["draft", "scheduled", "published"] as const
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number]

export const MAX_FEATURED_PRODUCTS = 12

// ---------------------------------------------------------------- store routes

/** GET /store/articles */
export const ListArticlesQuery = z
  .object({
    topic: z.string().regex(HANDLE_PATTERN, "topic must be a topic handle").max(MAX_HANDLE_LENGTH).optional(),
    ...Page({ maxLimit: 50, defaultLimit: 12, maxOffset: 100_000 }),
  })
  .strict()

/** GET /store/articles/:handle */
export const ArticleQuery = z
  .object({ region_id: z.string().regex(REGION_ID_PATTERN, "region_id must be a region id").optional() })
  .strict()

/** GET /store/articles/trending */
export const TrendingArticlesQuery = z.object({ limit: z.coerce.number().int().min(1).max(20).default(5) }).strict()

// ---------------------------------------------------------------- admin routes

const Citation = z.object({
  text: z.string().trim().min(1, "A citation needs its text").max(1000),
  doi: z
    .string()
    .trim()
    .regex(/^10\.\d{4,9}\/\S+$/, "A DOI looks like 10.1234/abc")
    .nullish(),
  url: z.url("Enter a URL").nullish(),
})

const ArticleFields = z.object({
  title: z.string({ error: "Enter a title" }).trim().min(1, "Enter a title").max(200),
  handle: Handle(MAX_ARTICLE_HANDLE_LENGTH),
  summary: z.string().trim().max(500).default(""),
  body: z.string().max(100_000).default(""),
  hero_image: z.url("Enter a URL").nullish(),
  topic_id: z.string({ error: "Choose a topic" }).min(1, "Choose a topic"),
  author_id: z.string({ error: "Choose an author" }).min(1, "Choose an author"),
  status: z.enum(ARTICLE_STATUSES).default("draft"),
  published_at: z.coerce.date().nullish(),
  source_text: z.string().max(500).nullish(),
  source_url: z.url("Enter a URL").nullish(),
  citations: z.array(Citation).max(50).nullish(),
  featured_product_ids: z
    .array(z.string().min(1))
    .max(MAX_FEATURED_PRODUCTS, `At most ${MAX_FEATURED_PRODUCTS} featured products`)
    .optional(),
})

function scheduleIsInTheFuture(data: { status?: string; published_at?: Date | null }) {
  return data.status !== "scheduled" || (!!data.published_at && data.published_at.getTime() > Date.now())
}
const SCHEDULE_RULE = { message: "A scheduled article needs published_at in the future", path: ["published_at"] }

/** POST /admin/articles */
export const AdminCreateArticleBody = ArticleFields.strict().refine(scheduleIsInTheFuture, SCHEDULE_RULE)

/** POST /admin/articles/:id: any of the fields; `status` publishes, schedules or unpublishes. */
export const AdminUpdateArticleBody = ArticleFields.partial()
  .extend({
    status: z.enum(ARTICLE_STATUSES).optional(),
    summary: z.string().trim().max(500).optional(),
    body: z.string().max(100_000).optional(),
  })
  .strict()
  .refine(scheduleIsInTheFuture, SCHEDULE_RULE)

/** GET /admin/articles */
export const AdminListArticlesQuery = z
  .object({
    status: z.enum(ARTICLE_STATUSES).optional(),
    q: z.string().max(200).optional(),
    ...Page({ maxLimit: 100, defaultLimit: 20 }),
  })
  .strict()

/** POST /admin/topics */
export const AdminCreateTopicBody = z
  .object({
    name: z.string({ error: "Enter a name" }).trim().min(1, "Enter a name").max(120),
    handle: Handle(),
    description: z.string().max(1000).nullish(),
  })
  .strict()

/** POST /admin/authors */
export const AdminCreateAuthorBody = z
  .object({
    name: z.string({ error: "Enter a name" }).trim().min(1, "Enter a name").max(120),
    handle: Handle(),
    bio: z.string().max(2000).nullish(),
    avatar_url: z.url("Enter a URL").nullish(),
  })
  .strict()

// ---------------------------------------------------------------- responses

export type ArticleTopicRef = { handle: string; name: string }
export type ArticleAuthorRef = { handle: string; name: string }

/** An article as lists, feeds and cards see it. */
export type ArticleSummary = {
  id: string
  handle: string
  title: string
  summary: string | null
  hero_image: string | null
  published_at: string
  view_count: number
  topic: ArticleTopicRef | null
  author: ArticleAuthorRef | null
}

export type TrendingArticle = ArticleSummary & { trending_score: number }

export type Citation = { text: string; doi?: string | null; url?: string | null }

export type FeaturedVariant = {
  id: string
  title: string | null
  manage_inventory: boolean | null
  allow_backorder: boolean | null
  /** Filled in from /store/products when the stock could be read (undefined otherwise). */
  inventory_quantity?: number | null
  calculated_price?: {
    calculated_amount: number | null
    original_amount: number | null
    currency_code: string | null
  } | null
}

export type FeaturedProduct = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  thumbnail: string | null
  variants: FeaturedVariant[]
}

/** A whole published article. */
export type Article = Omit<ArticleSummary, "author"> & {
  body: string
  source_text: string | null
  source_url: string | null
  citations: Citation[] | null
  updated_at: string
  author: (ArticleAuthorRef & { bio: string | null; avatar_url: string | null }) | null
  featured_products: FeaturedProduct[]
}

export type Topic = {
  id: string
  handle: string
  name: string
  description: string | null
  article_count: number
}

/** GET /store/articles */
export type ArticleListResponse = { articles: ArticleSummary[]; count: number; limit: number; offset: number }
/** GET /store/articles/:handle */
export type ArticleResponse = { article: Article }
/** GET /store/articles/trending */
export type TrendingArticlesResponse = { articles: TrendingArticle[] }
/** GET /store/topics */
export type TopicListResponse = { topics: Topic[] }
/** GET /store/products/:id/articles */
export type ProductArticlesResponse = { articles: ArticleSummary[] }
