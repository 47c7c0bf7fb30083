import type { AdminReview, AdminReviewListResponse, ReviewStatus } from "@supplement-store/contract"
import { REVIEW_STATUSES } from "@supplement-store/contract"
import { sdk } from "../../lib/sdk"
import { storefrontUrl } from "../../lib/storefront"

/** Query keys and API calls for the review moderation queue (`/admin/reviews`). */

export function isReviewStatus(value: string | null | undefined): value is ReviewStatus {
  return !!value && (REVIEW_STATUSES as readonly string[]).includes(value)
}

export type ReviewListParams = { status?: ReviewStatus; product_id?: string; limit: number; offset: number }

export const reviewKeys = {
  all: ["reviews"] as const,
  list: (params: ReviewListParams) => ["reviews", "list", params] as const,
  pendingCount: (productId?: string) => ["reviews", "pending-count", productId ?? null] as const,
  summary: (productId: string) => ["reviews", "summary", productId] as const,
}

type ReviewResponse = { review: AdminReview }

export const reviewsApi = {
  list: (params: ReviewListParams) =>
    sdk.client.fetch<AdminReviewListResponse>("/admin/reviews", {
      query: {
        ...(params.status ? { status: params.status } : {}),
        ...(params.product_id ? { product_id: params.product_id } : {}),
        limit: params.limit,
        offset: params.offset,
      },
    }),
  moderate: (id: string, status: ReviewStatus) =>
    sdk.client.fetch<ReviewResponse>(`/admin/reviews/${encodeURIComponent(id)}`, { method: "POST", body: { status } }),
  /** Writes or replaces the store's reply; `null` removes it. */
  reply: (id: string, reply: string | null) =>
    sdk.client.fetch<ReviewResponse>(`/admin/reviews/${encodeURIComponent(id)}`, { method: "POST", body: { reply } }),
  moderateMany: (ids: string[], status: ReviewStatus) =>
    sdk.client.fetch<{ ids: string[]; status: ReviewStatus }>("/admin/reviews/batch", { method: "POST", body: { ids, status } }),
}

/** The storefront's product page, for context. */
export function storefrontProductUrl(handle: string) {
  return storefrontUrl(`/products/${encodeURIComponent(handle)}`)
}
