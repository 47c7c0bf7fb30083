import type { ReviewSort, ReviewStatus } from "@supplement-store/contract"

/**
 * Small helpers of the reviews. Free of server-only imports (and of zod), so client components use
 * them too.
 */

export const SORT_LABELS: Record<ReviewSort, string> = {
  helpful: "Most helpful",
  newest: "Newest",
  highest: "Highest rating",
  lowest: "Lowest rating",
}

export const STATUS_LABELS: Record<ReviewStatus, string> = {
  pending: "Awaiting moderation",
  approved: "Published",
  rejected: "Not published",
  // A spam verdict reads as waiting: its author learns nothing from it.
  spam: "Awaiting moderation",
}

/** The star ratings, highest first (the histogram's order). */
export const RATINGS = [5, 4, 3, 2, 1] as const

/** "4.3" (one decimal, as search documents carry it). */
export function formatAverage(average: number): string {
  return (Math.round(average * 10) / 10).toFixed(1)
}

export function reviewsLabel(count: number): string {
  return `${count} ${count === 1 ? "review" : "reviews"}`
}

/** What a screen reader hears for a product's stars: "Rated 4.3 out of 5, 12 reviews". */
export function ratingLabel(average: number, count: number): string {
  return `Rated ${formatAverage(average)} out of 5, ${reviewsLabel(count)}`
}

export function starsLabel(rating: number): string {
  return `${rating} ${rating === 1 ? "star" : "stars"}`
}

const REVIEW_DATE_FORMAT = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" })

/** "November 25, 2026" (UTC, so server and browser agree); "" for a bad date. */
export function formatReviewDate(iso: string): string {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? "" : REVIEW_DATE_FORMAT.format(date)
}

/** Where a customer writes (or finds) their review of a product. */
export function writeReviewHref(handle: string): string {
  return `/products/${encodeURIComponent(handle)}#write-review`
}
