import "server-only"

import {
  cacheTags,
  PRODUCT_ID_PATTERN,
  type OwnReview,
  type OwnReviewsResponse,
  type ReviewListResponse,
  type ReviewSort,
  type ReviewSummary,
  type ReviewSummaryResponse,
  type StockAlertTokenResponse,
} from "@supplement-store/contract"
import { cache } from "react"

import { getAuthHeaders } from "@/lib/data/cookies"
import { readerHeaders } from "@/lib/data/reader"
import { storeGet, storeSend } from "@/lib/data/store-fetch"
import { isNotFound, isUnauthorized } from "@/lib/util/errors"

/**
 * The reviews' reads (the writes are the Server Actions in modules/reviews/actions.ts).
 *
 * What every shopper sees (a product's approved reviews, its rating summary) is cached by Next under
 * `cacheTags.reviews(productId)`, which the backend expires when a moderator decides or a summary
 * is rewritten. What one customer sees (their own reviews, whatever their status) is never cached.
 */

/** Reviews per page of a product's list (the backend's default page). */
export const REVIEWS_PER_PAGE = 10

/** What a product page shows of its reviews: null parts could not be read. */
export type ProductReviews = { summary: ReviewSummary | null; firstPage: ReviewListResponse | null }

export type { OwnReview, PublicReview, ReviewListResponse, ReviewSummary } from "@supplement-store/contract"

export function isProductId(value: string): boolean {
  return value.length <= 100 && PRODUCT_ID_PATTERN.test(value)
}

export function productReviewsRoute(productId: string, part: "" | "/summary" = ""): string {
  return `/store/products/${encodeURIComponent(productId)}/reviews${part}`
}

/** What a product without reviews shows (and what the backend answers for one). */
export function emptySummary(productId: string): ReviewSummary {
  return { product_id: productId, average: 0, count: 0, histogram: { "1": 0, "2": 0, "3": 0, "4": 0, "5": 0 } }
}

/** A product's rating summary (average, count, histogram). Null when the product doesn't exist. */
export const getReviewSummary = cache(async (productId: string): Promise<ReviewSummary | null> => {
  if (!isProductId(productId)) {
    return null
  }
  try {
    const { summary } = await storeGet<ReviewSummaryResponse>(productReviewsRoute(productId, "/summary"), {}, [
      cacheTags.reviews(productId),
    ])
    return summary
  } catch (error) {
    if (isNotFound(error)) {
      return null
    }
    throw error
  }
})

/** One page of a product's approved reviews, sorted and filtered. Null when the product doesn't exist. */
export const getReviewPage = cache(
  async (productId: string, sort: ReviewSort, offset: number, rating?: number): Promise<ReviewListResponse | null> => {
    if (!isProductId(productId)) {
      return null
    }
    try {
      return await storeGet<ReviewListResponse>(
        productReviewsRoute(productId),
        { sort, rating, offset, limit: REVIEWS_PER_PAGE },
        [cacheTags.reviews(productId)]
      )
    } catch (error) {
      if (isNotFound(error)) {
        return null
      }
      throw error
    }
  }
)

/**
 * What a product page shows of its reviews: the summary and the first page, most helpful first. The
 * page never fails because of them: a part that can't be read is null.
 */
export async function getProductReviews(productId: string): Promise<ProductReviews> {
  const orNull = <T>(read: Promise<T | null>, what: string) =>
    read.catch((error: unknown) => {
      console.error(`reviews: could not load the ${what} of ${productId}`, error)
      return null
    })
  const [summary, firstPage] = await Promise.all([
    orNull(getReviewSummary(productId), "summary"),
    orNull(getReviewPage(productId, "helpful", 0), "first page"),
  ])
  return { summary, firstPage }
}

/**
 * The logged-in customer's own reviews (of one product, when given), whatever their status; null for
 * a guest or a session that has ended. Never cached.
 */
export async function getOwnReviews(productId?: string): Promise<OwnReview[] | null> {
  const headers = await getAuthHeaders()
  if (!("authorization" in headers)) {
    return null
  }
  try {
    const { reviews } = await storeSend<OwnReviewsResponse>("/store/customers/me/reviews", {
      method: "GET",
      query: productId ? { product_id: productId } : undefined,
      headers,
    })
    return reviews
  } catch (error) {
    if (isUnauthorized(error)) {
      return null
    }
    throw error
  }
}

// ---------------------------------------------------------------- back-in-stock alerts

/**
 * What a back-in-stock mail link is about (its alert's status and product); reading it changes nothing,
 * since mail scanners open links. A bad link throws the backend's 400 naming `token`. Never cached.
 */
export async function getStockAlertLink(token: string, purpose: "confirm" | "cancel"): Promise<StockAlertTokenResponse> {
  return storeSend(`/store/stock-alerts/${purpose}`, { method: "GET", query: { token }, headers: await readerHeaders() })
}
