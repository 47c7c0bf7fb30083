import { z } from "zod"
import { Email, Page } from "./fields"
import {
  CONTROL_CHARACTERS,
  CONTROL_CHARACTERS_BUT_LINE_BREAKS,
  MAX_REVIEW_BODY_LENGTH,
  MAX_REVIEW_RATING,
  MAX_REVIEW_REPLY_LENGTH,
  MAX_REVIEW_TITLE_LENGTH,
  MIN_REVIEW_BODY_LENGTH,
  MIN_REVIEW_RATING,
  PRODUCT_ID_PATTERN,
  RECORD_ID_PATTERN,
} from "./limits"

/**
 * Reviews: customers rate products they may have bought; a review counts as a verified buyer's when
 * one of the customer's orders that is not cancelled holds the product (the backend decides). Beside
 * them, back-in-stock alerts: a reader waits for a sold-out variant and gets one mail when it returns.
 */

export const REVIEW_STATUSES = ["pending", "approved", "rejected", "spam"] as const
export type ReviewStatus = (typeof REVIEW_STATUSES)[number]

export const REVIEW_SORTS = ["helpful", "newest", "highest", "lowest"] as const
export type ReviewSort = (typeof REVIEW_SORTS)[number]

/** Orders this old get their "review your purchase" mail even when they have not shipped yet. */
export const REVIEW_REQUEST_AFTER_DAYS = 14

/** Alerts: `pending` until a guest confirms by mail, `waiting` until the variant is back, then `sent`. */
export const STOCK_ALERT_STATUSES = ["pending", "waiting", "sent", "cancelled"] as const
export type StockAlertStatus = (typeof STOCK_ALERT_STATUSES)[number]

const ProductId = z.string().regex(PRODUCT_ID_PATTERN, "Not a product id")
const RecordId = z.string().regex(RECORD_ID_PATTERN, "Not a valid id")
const VariantId = z
  .string({ error: "Choose a product option" })
  .regex(/^variant_[A-Za-z0-9]+$/, "Choose a product option")

export const ReviewRating = z.coerce
  .number({ error: "Choose a rating from 1 to 5 stars" })
  .int("Choose a rating from 1 to 5 stars")
  .min(MIN_REVIEW_RATING, "Choose a rating from 1 to 5 stars")
  .max(MAX_REVIEW_RATING, "Choose a rating from 1 to 5 stars")

// PostgreSQL refuses NUL in text (a 500 otherwise), and no reader types other control characters.

export const ReviewTitle = z
  .string({ error: "Give your review a title" })
  .trim()
  .min(1, "Give your review a title")
  .max(MAX_REVIEW_TITLE_LENGTH, `A title may be at most ${MAX_REVIEW_TITLE_LENGTH} characters`)
  .refine((title) => !CONTROL_CHARACTERS.test(title), "A title may not contain control characters")

export const ReviewText = z
  .string({ error: "Write your review" })
  .trim()
  .min(MIN_REVIEW_BODY_LENGTH, `Write at least ${MIN_REVIEW_BODY_LENGTH} characters`)
  .max(MAX_REVIEW_BODY_LENGTH, `A review may be at most ${MAX_REVIEW_BODY_LENGTH} characters`)
  .refine((text) => !CONTROL_CHARACTERS_BUT_LINE_BREAKS.test(text), "A review may not contain control characters")

/** POST /store/products/:id/reviews: a customer's review (one per product; 409 when there is one). */
export const CreateReviewBody = z
  .object({
    rating: ReviewRating,
    title: ReviewTitle,
    body: ReviewText,
    /** Honeypot: hidden from people, filled in by naive bots. */
    website: z.string().max(500).optional(),
    /** When the form was shown (ms since epoch): people take a few seconds to write. */
    started_at: z.number().int().positive().optional(),
  })
  .strict()
export type CreateReviewBody = z.input<typeof CreateReviewBody>

/** POST /store/customers/me/reviews/:id: an edit, which sends the review back to moderation. */
export const UpdateReviewBody = z
  .object({ rating: ReviewRating.optional(), title: ReviewTitle.optional(), body: ReviewText.optional() })
  .strict()
  .refine((body) => Object.keys(body).length > 0, "Change the rating, title or text")
export type UpdateReviewBody = z.input<typeof UpdateReviewBody>

/** GET /store/products/:id/reviews */
export const ListReviewsQuery = z
  .object({
    sort: z.enum(REVIEW_SORTS).default("helpful"),
    rating: ReviewRating.optional(),
    ...Page({ maxLimit: 50, defaultLimit: 10, maxOffset: 10_000 }),
  })
  .strict()
export type ListReviewsQuery = z.input<typeof ListReviewsQuery>

/** GET /store/customers/me/reviews: the customer's own reviews, or their review of one product. */
export const OwnReviewsQuery = z.object({ product_id: ProductId.optional() }).strict()

/** GET /admin/reviews */
export const AdminListReviewsQuery = z
  .object({
    status: z.enum(REVIEW_STATUSES).optional(),
    product_id: ProductId.optional(),
    ...Page({ maxLimit: 100, defaultLimit: 20 }),
  })
  .strict()

/** POST /admin/reviews/:id: moderate, and/or reply as staff (`reply: null` removes the reply). */
export const AdminUpdateReviewBody = z
  .object({
    status: z.enum(REVIEW_STATUSES).optional(),
    reply: z
      .string()
      .trim()
      .min(1, "Write a reply")
      .max(MAX_REVIEW_REPLY_LENGTH, `A reply may be at most ${MAX_REVIEW_REPLY_LENGTH} characters`)
      .refine((text) => !CONTROL_CHARACTERS_BUT_LINE_BREAKS.test(text), "A reply may not contain control characters")
      .nullable()
      .optional(),
  })
  .strict()
  .refine((body) => body.status !== undefined || body.reply !== undefined, "Give a status or a reply")

/** POST /admin/reviews/batch */
export const AdminModerateReviewsBody = z
  .object({ ids: z.array(RecordId).min(1).max(100), status: z.enum(REVIEW_STATUSES) })
  .strict()

/** POST /store/stock-alerts: "email me when it's back". A customer's own email is used, whatever the body says. */
export const CreateStockAlertBody = z.object({ variant_id: VariantId, email: Email.optional() }).strict()
export type CreateStockAlertBody = z.input<typeof CreateStockAlertBody>

/** POST /store/stock-alerts/{confirm,cancel}: the token of the mail link. */
export const StockAlertTokenBody = z
  .object({
    token: z
      .string()
      .max(1000)
      .regex(/^[\w-]+\.[\w-]+\.[\w-]+$/, "This link is not valid. Please use the link from your latest email."),
  })
  .strict()

/** GET /admin/stock-alerts: sold-out variants by how many readers wait for them. */
export const AdminStockDemandQuery = z
  .object({ product_id: ProductId.optional(), ...Page({ maxLimit: 100, defaultLimit: 20 }) })
  .strict()

// ---------------------------------------------------------------- responses

/** A product's approved reviews in numbers, kept up to date by events. */
export type ReviewSummary = {
  product_id: string
  /** 0 when there are no reviews. */
  average: number
  count: number
  /** Approved reviews per star rating, "1" to "5". */
  histogram: Record<"1" | "2" | "3" | "4" | "5", number>
}

/** An approved review as everyone sees it: never the reviewer's email or client. */
export type PublicReview = {
  id: string
  rating: number
  title: string
  body: string
  author_name: string
  verified_buyer: boolean
  helpful_count: number
  created_at: string
  /** The store's answer, if staff wrote one. */
  reply: { body: string; created_at: string } | null
}

/** GET /store/products/:id/reviews */
export type ReviewListResponse = { reviews: PublicReview[]; count: number; limit: number; offset: number }

/** GET /store/products/:id/reviews/summary */
export type ReviewSummaryResponse = { summary: ReviewSummary }

/** A customer's own review, whatever its status. */
export type OwnReview = PublicReview & { product_id: string; status: ReviewStatus; updated_at: string }

/** POST /store/products/:id/reviews, POST /store/customers/me/reviews/:id */
export type OwnReviewResponse = { review: OwnReview }

/** GET /store/customers/me/reviews */
export type OwnReviewsResponse = { reviews: OwnReview[] }

/** POST /store/reviews/:id/helpful: a toggle, like article votes (a first anonymous vote hands out a visitor token). */
export type HelpfulVoteResponse = { helpful_count: number; voted: boolean; visitor_token?: string }

/** A review as moderators see it. */
export type AdminReview = OwnReview & {
  customer_id: string
  email: string
  order_id: string | null
  spam_reason: string | null
  product: { id: string; title: string; handle: string } | null
}

/** GET /admin/reviews */
export type AdminReviewListResponse = { reviews: AdminReview[]; count: number; limit: number; offset: number }

/**
 * POST /store/stock-alerts: `waiting` for a customer; a guest always hears `check_your_email`, whether
 * or not the address is known or already waiting.
 */
export type StockAlertResponse = { status: "waiting" | "check_your_email" }

/** POST /store/stock-alerts/{confirm,cancel} */
export type StockAlertTokenResponse = {
  status: StockAlertStatus
  product: { title: string; handle: string; variant_title: string | null }
}

/** GET /admin/stock-alerts: one sold-out (or restocking) variant and its waiting readers. */
export type StockDemand = {
  variant_id: string
  product_id: string
  product_title: string
  variant_title: string | null
  sku: string | null
  waiting: number
  /** Readers who asked but have not confirmed their address yet. */
  pending: number
  oldest_request_at: string
  available: number
}
export type AdminStockDemandResponse = { demand: StockDemand[]; count: number; limit: number; offset: number }
