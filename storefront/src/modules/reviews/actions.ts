"use server"

import {
  cacheTags,
  RECORD_ID_PATTERN,
  type HelpfulVoteResponse,
  type OwnReview,
  type OwnReviewResponse,
} from "@supplement-store/contract"
import { updateTag } from "next/cache"

import { hasPublishableKey } from "@/lib/config"
import { getAuthHeaders, setVisitorToken } from "@/lib/data/cookies"
import { voterHeaders } from "@/lib/data/community"
import { readerHeaders } from "@/lib/data/reader"
import { isProductId, productReviewsRoute } from "@/lib/data/reviews"
import { storeSend } from "@/lib/data/store-fetch"
import { errorInfo, friendlyError, tooManyRequests } from "@/lib/util/errors"
import { echoValues, fieldErrorsOf, formValues, type FieldErrors, type FormState } from "@/lib/util/forms"
import { parseNewReview, parseReviewEdit } from "@/modules/reviews/review-request"

/**
 * The reviews' Server Actions. Like the community's, they are POSTs Next.js checks against the
 * Origin header, work as plain form posts without JavaScript, and carry the reader's address
 * (`readerHeaders`) so the backend's limits count readers rather than the storefront.
 */

// ================================================================ reviews: helpful votes, writing and editing

const REVIEW_GONE = "This review is no longer available."
const PRODUCT_GONE = "This product is no longer available."
// One anonymous vote per review, connection and day, as with article votes.
const ALREADY_VOTED = "A vote from your connection was already counted for this review today. Log in to vote as yourself."
const LOG_IN_TO_REVIEW = "Your session has ended. Log in again to write your review."
const ALREADY_REVIEWED = "You have already reviewed this product. Reload the page to see or edit your review."

function isRecordId(value: string): boolean {
  return RECORD_ID_PATTERN.test(value)
}

export type HelpfulFormState = { helpful_count: number; voted: boolean; error?: string }

/** Marks a review helpful, or takes the vote back; answers the fresh count (the old one and an error when it failed). */
export async function toggleHelpful(prev: HelpfulFormState, formData: FormData): Promise<HelpfulFormState> {
  const reviewId = String(formData.get("review_id") ?? "")
  const unchanged = { helpful_count: prev.helpful_count, voted: prev.voted }
  if (!isRecordId(reviewId) || !hasPublishableKey()) {
    return { ...unchanged, error: REVIEW_GONE }
  }
  try {
    const result = await storeSend<HelpfulVoteResponse>(`/store/reviews/${encodeURIComponent(reviewId)}/helpful`, {
      headers: { ...(await voterHeaders()), ...(await readerHeaders()) },
    })
    // A first anonymous vote hands out the visitor token that recognises this reader next time.
    if (result.visitor_token) {
      await setVisitorToken(result.visitor_token)
    }
    return { helpful_count: result.helpful_count, voted: Boolean(result.voted) }
  } catch (error) {
    const { status } = errorInfo(error)
    if (status === 429) {
      return { ...unchanged, error: tooManyRequests(error) }
    }
    if (status === 404) {
      return { ...unchanged, error: REVIEW_GONE }
    }
    if (status === 409) {
      return { ...unchanged, error: ALREADY_VOTED }
    }
    console.error("reviews: could not record a helpful vote", error)
    return { ...unchanged, error: friendlyError(error, "We couldn't record your vote. Please try again.") }
  }
}

export type ReviewFormState = FormState & {
  /** The customer's review as the backend keeps it after this form was sent. */
  review?: OwnReview
  /** When the last review from this form was accepted. */
  sentAt?: number
}

/**
 * Sends a customer's review: a new one (`product_id`), or an edit of theirs (`review_id`), which goes
 * back to moderation. Maps the backend's answer onto the form (field errors, or one general message).
 */
export async function saveReview(prev: ReviewFormState, formData: FormData): Promise<ReviewFormState> {
  const result = await sendReview(formData)
  return { ...result, sentAt: result.status === "success" ? Date.now() : prev.sentAt }
}

async function sendReview(formData: FormData): Promise<ReviewFormState> {
  const values = formValues(formData)
  const keep = echoValues(values)
  delete keep.website
  delete keep.started_at
  delete keep.submitted_at
  const productId = values.product_id ?? ""
  const reviewId = values.review_id ?? ""
  if (!isProductId(productId) || (reviewId && !isRecordId(reviewId)) || !hasPublishableKey()) {
    return { status: "error", message: PRODUCT_GONE, values: keep }
  }
  const auth = await getAuthHeaders()
  if (!("authorization" in auth)) {
    return { status: "error", message: LOG_IN_TO_REVIEW, values: keep }
  }

  const parsed = reviewId ? parseReviewEdit(values) : parseNewReview(values)
  if (!parsed.success) {
    return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), values: keep }
  }

  try {
    const { review } = await storeSend<OwnReviewResponse>(
      reviewId ? `/store/customers/me/reviews/${encodeURIComponent(reviewId)}` : productReviewsRoute(productId),
      { body: parsed.data, headers: { ...auth, ...(await readerHeaders()) } }
    )
    if (review.status === "approved") {
      // Published at once (a customer the moderators already trust): the cached page shows it now.
      updateTag(cacheTags.reviews(productId))
    }
    return {
      status: "success",
      message:
        review.status === "approved"
          ? "Thanks! Your review is published."
          : "Thanks! Your review is awaiting moderation and will appear once a moderator has read it.",
      review,
      values: keep,
    }
  } catch (error) {
    return { status: "error", ...reviewRefusal(error, values), values: keep }
  }
}

/** What the form shows for the backend's refusal: its words beside the fields it names, or one message. */
function reviewRefusal(error: unknown, values: Record<string, string>): { message?: string; fieldErrors?: FieldErrors } {
  const { status, fields, message } = errorInfo(error)
  if (status === 400) {
    const fieldErrors = Object.fromEntries(Object.entries(fields).filter(([field]) => field in values))
    if (Object.keys(fieldErrors).length) {
      return { fieldErrors }
    }
    // The backend's own sentence for a refusal that names no field of this form (its spam rules).
    return { message: message || "We couldn't save your review. Please check it and try again." }
  }
  if (status === 401 || status === 403) {
    return { message: LOG_IN_TO_REVIEW }
  }
  if (status === 409) {
    return { message: ALREADY_REVIEWED }
  }
  if (status === 429) {
    return { message: tooManyRequests(error) }
  }
  if (status === 404) {
    return { message: values.review_id ? REVIEW_GONE : PRODUCT_GONE }
  }
  console.error("reviews: could not save a review", error)
  return { message: friendlyError(error, "We couldn't save your review. Please try again.") }
}
