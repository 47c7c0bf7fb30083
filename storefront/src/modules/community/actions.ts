"use server"

import { updateTag } from "next/cache"
import { z } from "zod"

import { hasPublishableKey } from "@/lib/config"
import { getAuthToken } from "@/lib/data/cookies"
import { COMMUNITY_TAG, createComment, toggleArticleVote, type NewComment } from "@/lib/data/community"
import { errorInfo, friendlyError } from "@/lib/util/errors"
import { echoValues, fieldErrorsOf, formValues, type FieldErrors, type FormState } from "@/lib/util/forms"
import { isHandle } from "@/lib/util/search-params"
import { MAX_COMMENT_LENGTH } from "@/modules/community/utils"

/**
 * The community's Server Actions (votes and comments). They are POSTs that
 * Next.js checks against the Origin header, and the cookies they read are
 * SameSite=Lax, so no other site can make them on a reader's behalf. They
 * work without JavaScript too (plain form POSTs).
 */

const UNAVAILABLE = "This article is no longer available."
// One anonymous vote per article, connection and day (an office shares one).
const ALREADY_VOTED = "A vote from your connection was already counted for this article today. Log in to vote as yourself."
const PARENT_GONE = "The comment you're replying to is no longer available."
const SESSION_ENDED = "Your session has ended. Log in again to comment, or reload the page to comment as a guest."

/** "Too many requests. Try again in N seconds." (the backend's words), or a general version of it. */
function tooManyRequests(message: string): string {
  const match = message.match(/Try again in (\d+) seconds?/i)
  return match ? `Too many requests. Try again in ${match[1]} seconds.` : "Too many requests. Try again in a few minutes."
}

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
    return await toggleArticleVote(handle)
  } catch (error) {
    const { status, message } = errorInfo(error)
    if (status === 429) {
      return { ...unchanged, error: tooManyRequests(message) }
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

/** Longer than this counts as this long (a tab left open overnight is still a person). */
const MAX_WRITING_MS = 24 * 3600 * 1000

const text = (max: number, missing: string, tooLong: string) =>
  z
    .string({ error: missing })
    .trim()
    .min(1, { error: missing })
    .max(max, { error: tooLong })

const nameSchema = text(80, "Enter your name", "Your name may be at most 80 characters")
const emailSchema = z
  .string({ error: "Enter your email address" })
  .trim()
  .min(1, { error: "Enter your email address" })
  .max(254, { error: "Enter a valid email address" })
  .pipe(z.email({ error: "Enter a valid email address" }))

const bodySchema = text(MAX_COMMENT_LENGTH, "Write a comment", `A comment may be at most ${MAX_COMMENT_LENGTH} characters`)

const parentSchema = z
  .string()
  .trim()
  .optional()
  .transform((value) => value || undefined)
  .refine((value) => value === undefined || /^[A-Za-z0-9_]{1,100}$/.test(value))

const ignored = z.unknown().optional().transform((): undefined => undefined)

/** Guests give name and email; a customer's form leaves them out (the backend knows them) unless their profile lacks a name. */
function commentSchema(needName: boolean, needEmail: boolean) {
  return z.object({
    body: bodySchema,
    parent_id: parentSchema,
    author_name: needName ? nameSchema : ignored,
    email: needEmail ? emailSchema : ignored,
  })
}

function sentence(text: string): string {
  const trimmed = text.trim()
  if (!trimmed) return trimmed
  const capitalised = trimmed[0].toUpperCase() + trimmed.slice(1)
  return /[.!?]$/.test(capitalised) ? capitalised : `${capitalised}.`
}

/** The backend's wording for a field whose problem it described only technically (zod's own messages). */
const FIELD_FALLBACKS: Record<string, string> = {
  body: "Write a comment",
  author_name: "Enter your name",
  email: "Enter a valid email address",
}

/**
 * Splits a backend 400 message into field errors: "body: write a comment",
 * "Invalid request: email: enter a valid email address", "Invalid request:
 * Value for field 'body' too small ..." (several joined by "; ").
 */
function backendFieldErrors(message: string): { fieldErrors: FieldErrors; general?: string } {
  const fieldErrors: FieldErrors = {}
  let general: string | undefined
  const parts = message
    .replace(/^Invalid request:\s*/i, "")
    .split(/;\s+/)
    .map((part) => part.trim())
    .filter(Boolean)
  for (const part of parts) {
    const prefixed = part.match(/^([a-z_]+):\s*(.+)$/)
    const named = prefixed ? null : part.match(/field '([a-z_]+)'/i)
    const field = prefixed?.[1] ?? named?.[1]
    const problem = prefixed ? sentence(prefixed[2]).replace(/\.$/, "") : field ? FIELD_FALLBACKS[field] : undefined
    if (field === "parent_id") {
      general ??= PARENT_GONE
    } else if (field && problem && field in FIELD_FALLBACKS) {
      fieldErrors[field] ??= problem
    } else {
      general ??= "We couldn't post your comment. Please check it and try again."
    }
  }
  return { fieldErrors, general }
}

/**
 * When the reader opened the form, in this server's clock: the form records
 * `started_at` when it mounts and `submitted_at` when it is sent (both in the
 * reader's clock, so a wrong clock doesn't matter); without JavaScript only
 * `started_at` comes, set when the page was rendered here.
 */
function startedAt(values: Record<string, string>): number | undefined {
  const started = Number(values.started_at)
  const submitted = Number(values.submitted_at)
  if (!Number.isSafeInteger(started) || started <= 0) {
    return undefined
  }
  if (Number.isSafeInteger(submitted) && submitted > 0) {
    const elapsed = Math.min(Math.max(submitted - started, 0), MAX_WRITING_MS)
    return Date.now() - elapsed
  }
  return started
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
  const parsed = commentSchema(!loggedIn || "author_name" in values, !loggedIn || "email" in values).safeParse(values)
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error)
    if (fieldErrors.parent_id) {
      return { status: "error", message: PARENT_GONE, values: keep }
    }
    return { status: "error", fieldErrors, values: keep }
  }

  const input: NewComment = {
    body: parsed.data.body,
    parent_id: parsed.data.parent_id,
    author_name: parsed.data.author_name,
    email: parsed.data.email,
    notify_on_reply: values.notify_on_reply === "on" || values.notify_on_reply === "true",
    website: values.website ?? "",
    started_at: startedAt(values),
  }

  try {
    const comment = await createComment(handle, input)
    const { body: _sent, ...rest } = keep
    if (comment.status === "approved") {
      // The cached page shows it at once, here and for the next reader.
      updateTag(COMMUNITY_TAG(handle))
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
    const { status, message } = errorInfo(error)
    if (status === 400) {
      const { fieldErrors, general } = backendFieldErrors(message)
      const unshown = Object.keys(fieldErrors).filter((field) => field !== "body" && !(field in values))
      if (unshown.length > 0) {
        // A customer's form has no name and email fields: their session ended since the page was rendered.
        return { status: "error", message: SESSION_ENDED, values: keep }
      }
      return { status: "error", fieldErrors, message: general, values: keep }
    }
    if (status === 422 || status === 409) {
      const problem = message.replace(/^[a-z_]+:\s*/, "")
      return { status: "error", message: sentence(problem || "You already posted this comment"), values: keep }
    }
    if (status === 429) {
      return { status: "error", message: tooManyRequests(message), values: keep }
    }
    if (status === 404) {
      return { status: "error", message: UNAVAILABLE, values: keep }
    }
    console.error("community: could not post a comment", error)
    return {
      status: "error",
      message: friendlyError(error, "We couldn't post your comment. Please try again."),
      values: keep,
    }
  }
}
