import { CreateReviewBody, UpdateReviewBody } from "@supplement-store/contract"

import { startedAt } from "@/modules/community/comment-request"

/**
 * The review form's values as the backend's `CreateReviewBody` (a new review) or `UpdateReviewBody`
 * (an edit) want them, checked with the same schemas before they are sent. Free of server-only
 * imports, so the contract test can run it.
 */

export function parseNewReview(values: Record<string, string>, now = Date.now()) {
  return CreateReviewBody.safeParse({
    rating: values.rating ?? "",
    title: values.title ?? "",
    body: values.body ?? "",
    website: values.website ?? "",
    // The same bot check as comments: people take a few seconds to write.
    started_at: startedAt(values, now),
  } satisfies Record<keyof CreateReviewBody, unknown>)
}

export function parseReviewEdit(values: Record<string, string>) {
  return UpdateReviewBody.safeParse({ rating: values.rating ?? "", title: values.title ?? "", body: values.body ?? "" })
}
