import type { OwnReview } from "@supplement-store/contract"

/** The reader's own part of a product's reviews (`GET /api/reviews/<productId>/mine`). */
export type ReviewReader = {
  /** A logged-in customer may write a review; a guest is asked to log in. */
  customer: boolean
  /** The customer's review of this product, whatever its status. */
  review: OwnReview | null
}

/** The reader's part of the answer, checked field by field (null when it makes no sense). */
export function parseReviewReader(value: unknown): ReviewReader | null {
  if (!value || typeof value !== "object") return null
  const { customer, review } = value as Record<string, unknown>
  if (customer !== true) return { customer: false, review: null }
  return { customer: true, review: isOwnReview(review) ? review : null }
}

function isOwnReview(value: unknown): value is OwnReview {
  if (!value || typeof value !== "object") return false
  const review = value as Record<string, unknown>
  return (
    typeof review.id === "string" &&
    typeof review.rating === "number" &&
    typeof review.title === "string" &&
    typeof review.body === "string" &&
    typeof review.status === "string"
  )
}
