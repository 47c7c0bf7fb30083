"use server"

import {
  cacheTags,
  RECORD_ID_PATTERN,
  type HelpfulVoteResponse,
  type OwnReview,
  type OwnReviewResponse,
  CreateStockAlertBody,
  Email,
  type StockAlertResponse,
  type StockAlertTokenResponse,
} from "@supplement-store/contract"
import { redirect } from "next/navigation"
import { updateTag } from "next/cache"

import { hasPublishableKey } from "@/lib/config"
import { getAuthHeaders, setVisitorToken } from "@/lib/data/cookies"
import { voterHeaders } from "@/lib/data/community"
import { readerHeaders } from "@/lib/data/reader"
import { isProductId, productReviewsRoute } from "@/lib/data/reviews"
import { storeSend } from "@/lib/data/store-fetch"
import { errorInfo, friendlyError, tooManyRequests, UNREACHABLE_ERROR } from "@/lib/util/errors"
import { echoValues, fieldErrorsOf, formValues, type FieldErrors, type FormState } from "@/lib/util/forms"
import { linkProblem } from "@/modules/newsletter/utils"
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

// ================================================================ back-in-stock alerts

/**
 * "Email me when it's back" on a sold-out variant, and the buttons of the pages its mail links open.
 * A logged-in customer's account goes along (the backend then uses the account's address); a guest
 * gives an address and confirms it from the mail. Every call carries the reader's address, which the
 * backend's limits count.
 */

export type StockAlertFormState = FormState<{ email: string }>

export async function requestStockAlert(_prev: StockAlertFormState, formData: FormData): Promise<StockAlertFormState> {
  const values = formValues(formData)
  const auth = await getAuthHeaders()
  const asCustomer = "authorization" in auth
  const email = asCustomer ? undefined : Email.safeParse(values.email ?? "")
  if (email && !email.success) {
    return { status: "error", fieldErrors: { email: email.error.issues[0]?.message }, values: { email: values.email ?? "" } }
  }
  const body = CreateStockAlertBody.safeParse({ variant_id: values.variant_id, ...(email ? { email: email.data } : {}) })
  if (!body.success) {
    return { status: "error", message: body.error.issues[0]?.message ?? "Choose a product option" }
  }
  if (!hasPublishableKey()) {
    return { status: "error", message: UNREACHABLE_ERROR }
  }
  try {
    const { status } = await storeSend<StockAlertResponse>("/store/stock-alerts", { body: body.data, headers: { ...(await readerHeaders()), ...auth } })
    return {
      status: "success",
      message:
        status === "waiting"
          ? "Done: we'll email you at your account's address as soon as it's back."
          : "Check your inbox: click the link we sent to confirm, and we'll email you as soon as it's back.",
    }
  } catch (error) {
    const { status, fields, message } = errorInfo(error)
    if (status === 429) {
      return { status: "error", message: tooManyRequests(error), values: { email: values.email ?? "" } }
    }
    if (status === 400) {
      const { email: emailError, ...others } = fields
      return {
        status: "error",
        fieldErrors: emailError ? { email: emailError } : undefined,
        message: Object.values(others)[0] ?? (emailError ? undefined : message),
        values: { email: values.email ?? "" },
      }
    }
    return { status: "error", message: friendlyError(error, "We couldn't save your alert. Please try again."), values: { email: values.email ?? "" } }
  }
}

/** The confirm and cancel pages' buttons: act on the link, then back to the page, which shows where the alert stands. */
async function followStockAlertLink(purpose: "confirm" | "cancel", formData: FormData): Promise<never> {
  const token = String(formData.get("token") ?? "")
  try {
    await storeSend<StockAlertTokenResponse>(`/store/stock-alerts/${purpose}`, { body: { token }, headers: await readerHeaders() })
  } catch (error) {
    if (!linkProblem(error)) {
      throw error
    }
  }
  redirect(`/stock-alerts/${purpose}?token=${encodeURIComponent(token)}`)
}

export async function confirmStockAlert(formData: FormData): Promise<never> {
  return followStockAlertLink("confirm", formData)
}

export async function cancelStockAlert(formData: FormData): Promise<never> {
  return followStockAlertLink("cancel", formData)
}
