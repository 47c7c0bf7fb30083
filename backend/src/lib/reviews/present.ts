import type { AdminReview, OwnReview, PublicReview, ReviewStatus, ReviewSummary } from "@supplement-store/contract"

/** The columns a public review is made of: never the email, client hash or customer. */
export const PUBLIC_REVIEW_FIELDS = [
  "id",
  "rating",
  "title",
  "body",
  "author_name",
  "verified_buyer",
  "helpful_count",
  "created_at",
  "reply",
  "replied_at",
]
export const OWN_REVIEW_FIELDS = [...PUBLIC_REVIEW_FIELDS, "product_id", "status", "updated_at"]
export const ADMIN_REVIEW_FIELDS = [
  ...OWN_REVIEW_FIELDS,
  "customer_id",
  "email",
  "order_id",
  "spam_reason",
  "product.id",
  "product.title",
  "product.handle",
]

type Stamp = Date | string
type ReviewRow = Omit<PublicReview, "created_at" | "reply"> & { created_at: Stamp; reply: string | null; replied_at: Stamp | null }
type OwnReviewRow = ReviewRow & { product_id: string; status: ReviewStatus; updated_at: Stamp }
type AdminReviewRow = OwnReviewRow & Pick<AdminReview, "customer_id" | "email" | "order_id" | "spam_reason" | "product">

const iso = (stamp: Stamp) => new Date(stamp).toISOString()

export function publicReview(row: ReviewRow): PublicReview {
  return {
    id: row.id,
    rating: row.rating,
    title: row.title,
    body: row.body,
    author_name: row.author_name,
    verified_buyer: row.verified_buyer,
    helpful_count: row.helpful_count,
    created_at: iso(row.created_at),
    reply: row.reply && row.replied_at ? { body: row.reply, created_at: iso(row.replied_at) } : null,
  }
}

export function ownReview(row: OwnReviewRow): OwnReview {
  return { ...publicReview(row), product_id: row.product_id, status: row.status, updated_at: iso(row.updated_at) }
}

export function adminReview(row: AdminReviewRow): AdminReview {
  const { customer_id, email, order_id, spam_reason, product } = row
  return {
    ...ownReview(row),
    customer_id,
    email,
    order_id,
    spam_reason,
    product: product ? { id: product.id, title: product.title, handle: product.handle } : null,
  }
}

type SummaryRow = { count: number; average: number } & Record<`rating_${1 | 2 | 3 | 4 | 5}`, number>

/** A product's summary row as the contract shows it; a product nobody reviewed yet has zeros. */
export function reviewSummary(productId: string, row: SummaryRow | undefined): ReviewSummary {
  return {
    product_id: productId,
    average: row ? Math.round(row.average * 10) / 10 : 0,
    count: row?.count ?? 0,
    histogram: {
      "1": row?.rating_1 ?? 0,
      "2": row?.rating_2 ?? 0,
      "3": row?.rating_3 ?? 0,
      "4": row?.rating_4 ?? 0,
      "5": row?.rating_5 ?? 0,
    },
  }
}

/** The name a review is shown under: the account's first name and last initial ("Maria K."), never the email. */
export function reviewerName(customer: { first_name?: string | null; last_name?: string | null }): string {
  const first = customer.first_name?.trim()
  const initial = customer.last_name?.trim().charAt(0).toUpperCase()
  if (!first) {
    return initial ? `${initial}.` : "A customer"
  }
  return initial ? `${first} ${initial}.` : first
}
