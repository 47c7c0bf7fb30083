import { z } from "zod"
import { HANDLE_PATTERN, MAX_ARTICLE_HANDLE_LENGTH, PRODUCT_ID_PATTERN } from "./limits"

/**
 * First-party attribution: which articles a visitor read (kept 7 days) and which featured products
 * they clicked from an article, carried by their cart to their order. Keyed by the signed visitor
 * token only: no address, no user agent. A request with `DNT: 1` or `Sec-GPC: 1` is not recorded.
 */
export const ATTRIBUTION_WINDOW_DAYS = 7
/** The request headers by which a reader opts out; the storefront forwards them, the backend honours them. */
export const OPT_OUT_HEADERS = ["dnt", "sec-gpc"] as const

const ArticleHandle = z
  .string({ error: "Name the article" })
  .max(MAX_ARTICLE_HANDLE_LENGTH, "Unknown article")
  .regex(HANDLE_PATTERN, "Unknown article")
const ProductId = z.string({ error: "Name the product" }).regex(PRODUCT_ID_PATTERN, "Unknown product")

/** POST /store/attribution/reads: the visitor read this article. */
export const StoreArticleReadBody = z.object({ article_handle: ArticleHandle }).strict()

/** POST /store/attribution/clicks: the visitor clicked this featured product on this article. */
export const StoreArticleClickBody = z.object({ article_handle: ArticleHandle, product_id: ProductId }).strict()

/** POST /store/carts/:id/attribution: the visitor just added this product to this cart. */
export const StoreCartAttributionBody = z.object({ product_id: ProductId }).strict()

/** Answer of the three store writes; `visitor_token` is handed out when the visitor had none. */
export type AttributionRecordResponse = { recorded: boolean; visitor_token?: string }

const Day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "A day looks like 2026-12-31")
  // A real calendar day: 2026-13-01 or 2026-02-30 would not survive a round trip through Date.
  .refine((day) => !Number.isNaN(Date.parse(day)) && new Date(day).toISOString().startsWith(day), "Not a calendar day")

/** GET /admin/content-performance and its CSV export: a period of whole UTC days (default: the last 30). */
export const AdminContentPerformanceQuery = z
  .object({
    from: Day.optional(),
    to: Day.optional(),
    /** CSV export only: per article or per topic. */
    group: z.enum(["article", "topic"]).default("article"),
  })
  .strict()
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: "from must not be after to", path: ["from"] })
  .refine((q) => !q.from || !q.to || (Date.parse(q.to) - Date.parse(q.from)) / 86_400_000 <= 366, {
    message: "A period is at most 366 days",
    path: ["to"],
  })

/** The measures of an article or a topic over a period. Revenue in major units of `currency_code`. */
export type PerformanceMeasures = {
  /** Distinct readers per day, summed over the period's days. */
  readers: number
  /** Clicks from the article to its featured products. */
  clicks: number
  /** Carts whose first add-to-cart came after reading it last. */
  add_to_carts: number
  /** Orders that read it last before their first add-to-cart (cancelled orders leave). */
  orders: number
  /** Orders that read it at all before ordering. */
  assisted_orders: number
  /** Revenue of the orders that read it last (refunds and cancellations taken off). */
  revenue_last: number
  /** Each order's revenue shared evenly among the articles it read. */
  revenue_shared: number
  /** orders / readers, 0 when no readers. */
  conversion_rate: number
}

export type ArticlePerformanceRow = PerformanceMeasures & {
  article_id: string
  handle: string
  title: string
  topic_id: string | null
  topic_name: string | null
}

export type TopicPerformanceRow = PerformanceMeasures & { topic_id: string | null; topic_name: string }

/** Revenue of one topic on one day, for the chart. */
export type TopicRevenuePoint = { day: string; topic_id: string | null; topic_name: string; revenue_last: number; revenue_shared: number }

/** GET /admin/content-performance */
export type ContentPerformanceResponse = {
  from: string
  to: string
  currency_code: string
  articles: ArticlePerformanceRow[]
  topics: TopicPerformanceRow[]
  series: TopicRevenuePoint[]
}

/** GET /admin/articles/:id/performance?from&to: one article's measures and its days. */
export type ArticlePerformanceResponse = {
  from: string
  to: string
  currency_code: string
  performance: PerformanceMeasures
  days: (PerformanceMeasures & { day: string })[]
}

export type AttributedArticle = { id: string; handle: string; title: string }

/** GET /admin/orders/:id/attribution: where an order came from (null when it carried none). */
export type OrderAttributionResponse = {
  attribution: {
    last_article: AttributedArticle | null
    articles: AttributedArticle[]
    clicked: { product_id: string; article: AttributedArticle }[]
    revenue: number
    currency_code: string
  } | null
}
