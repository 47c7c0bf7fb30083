import type { ReviewStatus } from "@supplement-store/contract"

/** A customer's new review, as the route hands it over: who, what, and the signals the spam rules read. */
export type NewReview = {
  product_id: string
  customer_id: string
  author_name: string
  email: string
  rating: number
  title: string
  body: string
  client_hash: string
  /** Set when the form shows bot behaviour (honeypot filled, sent too fast). */
  bot_signal: string | null
}

/** A customer's edit of their own review. */
export type ReviewEdit = {
  id: string
  customer_id: string
  client_hash: string
  rating?: number
  title?: string
  body?: string
}

/** What the rules decided for a new or edited text. */
export type ReviewVerdict = { status: ReviewStatus; spam_reason: string | null }

/** Staff moderation: a status for each review, and/or a reply (`null` removes it). */
export type ModerateReviewsInput = { ids: string[]; status?: ReviewStatus; reply?: string | null }

/** A reader of a review, as for article votes: `customer:<id>` or `visitor:<id>` with its client hash of the day. */
export type { HelpfulVoter } from "../../modules/reviews/service"
