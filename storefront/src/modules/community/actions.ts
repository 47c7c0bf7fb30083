"use server"

import { cacheTags, type CreateCommentResponse, type VoteResponse } from "@supplement-store/contract"
import { updateTag } from "next/cache"

import { hasPublishableKey } from "@/lib/config"
import { getAuthHeaders, getAuthToken, setVisitorToken } from "@/lib/data/cookies"
import { articleRoute, voterHeaders } from "@/lib/data/community"
import { readerHeaders } from "@/lib/data/reader"
import { storeSend } from "@/lib/data/store-fetch"
import { errorInfo, friendlyError, tooManyRequests } from "@/lib/util/errors"
import { echoValues, fieldErrorsOf, formValues, type FieldErrors, type FormState } from "@/lib/util/forms"
import { isHandle } from "@/lib/util/search-params"
import { parseCommentForm } from "@/modules/community/comment-request"

/**
 * The community's Server Actions (votes and comments). They are POSTs that
 * Next.js checks against the Origin header, and the cookies they read are
 * SameSite=Lax, so no other site can make them on a reader's behalf. They
 * work without JavaScript too (plain form POSTs). Each carries the reader's
 * address (`readerHeaders`), so the backend's limits count readers rather
 * than the storefront.
 */

const UNAVAILABLE = "This article is no longer available."
// One anonymous vote per article, connection and day (an office shares one).
const ALREADY_VOTED = "A vote from your connection was already counted for this article today. Log in to vote as yourself."
const PARENT_GONE = "The comment you're replying to is no longer available."
const SESSION_ENDED = "Your session has ended. Log in again to comment, or reload the page to comment as a guest."

// ---------------------------------------------------------------- votes

export type VoteFormState = { votes: number; voted: boolean; error?: string }

/**
 * Votes for the article, or takes the vote back. Answers the fresh count (the old one plus an error
 * when it failed). The cached page's count is left to its minute of revalidation: a vote is not
 * worth re-rendering the page for, and readers with JavaScript see the live count (reader.tsx).
 */
export async function toggleVote(prev: VoteFormState, formData: FormData): Promise<VoteFormState> {
  const handle = String(formData.get("handle") ?? "")
  const unchanged = { votes: prev.votes, voted: prev.voted }
  if (!isHandle(handle) || !hasPublishableKey()) {
    return { ...unchanged, error: UNAVAILABLE }
  }
  try {
    const result = await storeSend<VoteResponse>(articleRoute(handle, "votes"), {
      headers: { ...(await voterHeaders()), ...(await readerHeaders()) },
    })
    // A first anonymous vote hands out the visitor token that recognises this reader next time.
    if (result.visitor_token) {
      await setVisitorToken(result.visitor_token)
    }
    return { votes: result.votes, voted: Boolean(result.voted) }
  } catch (error) {
    const { status } = errorInfo(error)
    if (status === 429) {
      return { ...unchanged, error: tooManyRequests(error) }
    }
    if (status === 404) {
      return { ...unchanged, error: UNAVAILABLE }
    }
    if (status === 409) {
      return { ...unchanged, error: ALREADY_VOTED }
    }
    console.error("community: could not record a vote", error)
    return { ...unchanged, error: friendlyError(error, "We couldn't record your vote. Please try again.") }
  }
}

// ---------------------------------------------------------------- comments

export type CommentFormState = FormState & {
  /** What became of the comment that was just sent. */
  outcome?: "pending" | "approved"
  /** When the last comment from this form was accepted (the form then starts over). */
  sentAt?: number
}

/** Posts a comment or reply; maps the backend's answer onto the form (field errors, or one general message). */
export async function postComment(prev: CommentFormState, formData: FormData): Promise<CommentFormState> {
  const result = await sendComment(formData)
  return { ...result, sentAt: result.status === "success" ? Date.now() : prev.sentAt }
}

async function sendComment(formData: FormData): Promise<CommentFormState> {
  const values = formValues(formData)
  const keep = echoValues(values)
  delete keep.website
  delete keep.started_at
  delete keep.submitted_at
  const handle = values.handle ?? ""
  if (!isHandle(handle) || !hasPublishableKey()) {
    return { status: "error", message: UNAVAILABLE, values: keep }
  }

  const loggedIn = Boolean(await getAuthToken())
  const parsed = parseCommentForm(values, loggedIn)
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error)
    if (fieldErrors.parent_id) {
      return { status: "error", message: PARENT_GONE, values: keep }
    }
    return { status: "error", fieldErrors, values: keep }
  }

  try {
    const { comment } = await storeSend<CreateCommentResponse>(articleRoute(handle, "comments"), {
      body: parsed.data,
      headers: { ...(await getAuthHeaders()), ...(await readerHeaders()) },
    })
    const { body: _sent, ...rest } = keep
    if (comment.status === "approved") {
      // The cached page shows it at once, here and for the next reader.
      updateTag(cacheTags.community(handle))
      return { status: "success", outcome: "approved", message: "Your comment is published.", values: rest }
    }
    // Spam looks like pending: a bot learns nothing.
    return {
      status: "success",
      outcome: "pending",
      message: "Thanks! Your comment is awaiting moderation.",
      values: rest,
    }
  } catch (error) {
    return { status: "error", ...refusal(error, values), values: keep }
  }
}

/** What the form shows for the backend's refusal: its words beside the fields it names, or one message. */
function refusal(error: unknown, values: Record<string, string>): { message?: string; fieldErrors?: FieldErrors } {
  const { status, type, fields } = errorInfo(error)
  if (status === 400 || type === "duplicate_error") {
    const { parent_id, ...fieldErrors } = fields
    if (parent_id) {
      return { message: PARENT_GONE }
    }
    if (Object.keys(fieldErrors).some((field) => field !== "body" && !(field in values))) {
      // A customer's form has no name and email fields: their session ended since the page was rendered.
      return { message: SESSION_ENDED }
    }
    if (Object.keys(fieldErrors).length) {
      return { fieldErrors }
    }
  }
  if (status === 429) {
    return { message: tooManyRequests(error) }
  }
  if (status === 404) {
    return { message: UNAVAILABLE }
  }
  console.error("community: could not post a comment", error)
  return { message: friendlyError(error, "We couldn't post your comment. Please try again.") }
}
