"use server"

import {
  cacheTags,
  CreateForumPostBody,
  CreateForumReportBody,
  CreateForumThreadBody,
  RECORD_ID_PATTERN,
  type CreateForumPostResponse,
  type CreateForumThreadResponse,
  type ForumFollowResponse,
  type ForumReportResponse,
  type ForumUnfollowResponse,
} from "@supplement-store/contract"
import { updateTag } from "next/cache"
import { redirect } from "next/navigation"

import { hasPublishableKey } from "@/lib/config"
import { getAuthHeaders } from "@/lib/data/cookies"
import { forumThreadRoute } from "@/lib/data/forums"
import { readerHeaders } from "@/lib/data/reader"
import { storeSend } from "@/lib/data/store-fetch"
import { errorInfo, friendlyError, tooManyRequests } from "@/lib/util/errors"
import { echoValues, fieldErrorsOf, formValues, type FieldErrors, type FormState } from "@/lib/util/forms"
import { isHandle } from "@/lib/util/search-params"
import { startedAt } from "@/modules/community/comment-request"
import { postHref, threadPath } from "@/modules/forums/utils"
import { linkProblem } from "@/modules/newsletter/utils"

/**
 * The forums' Server Actions: start a thread, reply, report a post, follow a thread, unfollow by a digest's link. Like the
 * comments', they are POSTs Next.js checks against the Origin header, work as plain form posts
 * without JavaScript, and carry the reader's address (`readerHeaders`) so the backend's limits count
 * readers. Only customers post: the backend decides, the forms only ask guests to log in.
 */

const FORUM_GONE = "This forum is no longer available."
const THREAD_GONE = "This thread is no longer available."
const POST_GONE = "This post is no longer available."
const LOG_IN = "Your session has ended. Log in again to post."
const LOCKED = "This thread is locked: it takes no new replies."
const BANNED = "Your account can no longer post in the forums."
const QUOTE_GONE = "The post you quoted is no longer shown. Remove the quote and send your reply again."

export type ForumPostFormState = FormState & {
  /** A post that waits for a moderator (a member's first post; spam looks the same to its sender). */
  outcome?: "pending"
  /** When the last post from this form was accepted (the form then starts over). */
  sentAt?: number
}

/** The form's values with the bot fields left out (what goes back to the form). */
function kept(values: Record<string, string>): Record<string, string> {
  const keep = echoValues(values)
  delete keep.website
  delete keep.started_at
  delete keep.submitted_at
  return keep
}

/** A post's text with the browser's CRLF line breaks as plain `\n` (what the page and the mails split on). */
function postBody(values: Record<string, string>): string {
  return (values.body ?? "").replace(/\r\n?/g, "\n")
}

function botFields(values: Record<string, string>) {
  return { website: values.website ?? "", started_at: startedAt(values, Date.now()) }
}

/** What a form shows for the backend's refusal: its words beside the fields it names, or one message. */
function refusal(error: unknown, values: Record<string, string>, gone: string): { message?: string; fieldErrors?: FieldErrors } {
  const { status, type, fields, message } = errorInfo(error)
  if (status === 400 || type === "duplicate_error") {
    if (fields.quote_post_id) {
      return { message: QUOTE_GONE }
    }
    const fieldErrors = Object.fromEntries(Object.entries(fields).filter(([field]) => field in values))
    if (Object.keys(fieldErrors).length) {
      return { fieldErrors }
    }
    // The backend's own sentence for a refusal naming no field of this form (its spam rules).
    return { message: message || "We couldn't post that. Please check it and try again." }
  }
  if (status === 401) return { message: LOG_IN }
  if (status === 403) return { message: BANNED }
  if (status === 409) return { message: LOCKED }
  if (status === 404) return { message: gone }
  if (status === 429) return { message: tooManyRequests(error) }
  console.error("forums: a post was refused", error)
  return { message: friendlyError(error, "We couldn't post that. Please try again.") }
}

const PENDING: Pick<ForumPostFormState, "status" | "outcome"> = { status: "success", outcome: "pending" }

// ---------------------------------------------------------------- threads

export async function createThread(prev: ForumPostFormState, formData: FormData): Promise<ForumPostFormState> {
  const values = formValues(formData)
  const keep = kept(values)
  const forum = values.forum ?? ""
  if (!isHandle(forum) || !hasPublishableKey()) {
    return { status: "error", message: FORUM_GONE, values: keep }
  }
  const auth = await getAuthHeaders()
  if (!("authorization" in auth)) {
    return { status: "error", message: LOG_IN, values: keep }
  }
  const parsed = CreateForumThreadBody.safeParse({
    title: values.title ?? "",
    body: postBody(values),
    follow: values.follow === "on",
    ...botFields(values),
  })
  if (!parsed.success) {
    return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), values: keep }
  }
  let created: CreateForumThreadResponse
  try {
    created = await storeSend<CreateForumThreadResponse>(`/store/forums/${encodeURIComponent(forum)}/threads`, {
      body: parsed.data,
      headers: { ...auth, ...(await readerHeaders()) },
    })
  } catch (error) {
    return { status: "error", ...refusal(error, values, FORUM_GONE), values: keep, sentAt: prev.sentAt }
  }
  if (created.thread.status !== "approved") {
    return {
      ...PENDING,
      message: "Thanks! Your thread is waiting for a moderator. It appears here once it has been read.",
      sentAt: Date.now(),
    }
  }
  // Live at once: the forum's cached pages show it, here and for the next reader.
  updateTag(cacheTags.forums)
  updateTag(cacheTags.forum(created.thread.forum_handle))
  redirect(threadPath(created.thread.forum_handle, created.thread.handle))
}

// ---------------------------------------------------------------- replies

export async function createPost(prev: ForumPostFormState, formData: FormData): Promise<ForumPostFormState> {
  const values = formValues(formData)
  const keep = kept(values)
  const thread = values.thread ?? ""
  const forum = values.forum ?? ""
  if (!isHandle(thread) || !isHandle(forum) || !hasPublishableKey()) {
    return { status: "error", message: THREAD_GONE, values: keep }
  }
  const auth = await getAuthHeaders()
  if (!("authorization" in auth)) {
    return { status: "error", message: LOG_IN, values: keep }
  }
  const parsed = CreateForumPostBody.safeParse({
    body: postBody(values),
    quote_post_id: values.quote_post_id?.trim() || null,
    ...(values.follow === "on" ? { follow: true } : {}),
    ...botFields(values),
  })
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error)
    return fieldErrors.quote_post_id
      ? { status: "error", message: QUOTE_GONE, values: keep }
      : { status: "error", fieldErrors, values: keep }
  }
  let post: CreateForumPostResponse["post"]
  try {
    ;({ post } = await storeSend<CreateForumPostResponse>(forumThreadRoute(thread, "posts"), {
      body: parsed.data,
      headers: { ...auth, ...(await readerHeaders()) },
    }))
  } catch (error) {
    return { status: "error", ...refusal(error, values, THREAD_GONE), values: keep, sentAt: prev.sentAt }
  }
  if (post.status !== "approved" || !post.number) {
    return {
      ...PENDING,
      message: "Thanks! Your reply is waiting for a moderator. It appears in the thread once it has been read.",
      sentAt: Date.now(),
    }
  }
  updateTag(cacheTags.forumThread(thread))
  updateTag(cacheTags.forum(forum))
  updateTag(cacheTags.forums)
  redirect(postHref(forum, thread, post.number))
}

// ---------------------------------------------------------------- reports

export type ReportFormState = FormState & { sentAt?: number }

export async function reportPost(_prev: ReportFormState, formData: FormData): Promise<ReportFormState> {
  const values = formValues(formData)
  const postId = values.post_id ?? ""
  if (!RECORD_ID_PATTERN.test(postId) || !hasPublishableKey()) {
    return { status: "error", message: POST_GONE }
  }
  const auth = await getAuthHeaders()
  if (!("authorization" in auth)) {
    return { status: "error", message: "Log in to report a post." }
  }
  const parsed = CreateForumReportBody.safeParse({ reason: values.reason ?? "", note: values.note?.trim() || undefined })
  if (!parsed.success) {
    return { status: "error", fieldErrors: fieldErrorsOf(parsed.error), values: { reason: values.reason ?? "", note: values.note ?? "" } }
  }
  try {
    await storeSend<ForumReportResponse>(`/store/forum-posts/${encodeURIComponent(postId)}/reports`, {
      body: parsed.data,
      headers: { ...auth, ...(await readerHeaders()) },
    })
    // Whether the post is now hidden is the moderators' business; the page catches up with its events.
    return { status: "success", message: "Thank you. A moderator will look at this post.", sentAt: Date.now() }
  } catch (error) {
    const { status } = errorInfo(error)
    if (status === 409) {
      return { status: "success", message: "You have already reported this post. A moderator will look at it." }
    }
    const { message, fieldErrors } = refusal(error, values, POST_GONE)
    return { status: "error", message: message ?? Object.values(fieldErrors ?? {})[0] }
  }
}

// ---------------------------------------------------------------- following

export type FollowFormState = { following: boolean; error?: string }

/** Follows the thread (`follow=on`) or stops following it; answers where it stands. */
export async function setThreadFollow(prev: FollowFormState, formData: FormData): Promise<FollowFormState> {
  const thread = String(formData.get("thread") ?? "")
  const follow = formData.get("follow") === "on"
  if (!isHandle(thread) || !hasPublishableKey()) {
    return { following: prev.following, error: THREAD_GONE }
  }
  const auth = await getAuthHeaders()
  if (!("authorization" in auth)) {
    return { following: prev.following, error: "Log in to follow a thread." }
  }
  try {
    const { following } = await storeSend<ForumFollowResponse>(forumThreadRoute(thread, "follow"), {
      method: follow ? "POST" : "DELETE",
      headers: { ...auth, ...(await readerHeaders()) },
    })
    return { following }
  } catch (error) {
    const { status } = errorInfo(error)
    if (status === 429) return { following: prev.following, error: tooManyRequests(error) }
    if (status === 404) return { following: prev.following, error: THREAD_GONE }
    console.error("forums: could not change a follow", error)
    return { following: prev.following, error: friendlyError(error, "We couldn't change that. Please try again.") }
  }
}

// ------------------------------------------------------------ unfollow by a digest's link (fextra)

/** Where the unfollow page stands: the button not pressed yet, done (with the thread), or a problem to show. */
export type UnfollowState = { status: "idle" } | { status: "done"; thread: ForumUnfollowResponse["thread"] } | { status: "error"; message: string }

/**
 * The unfollow page's button: the signed link of a digest stops the follow (pressing it again says
 * the same). An expired or altered link comes back as the backend's sentence about it.
 */
export async function unfollowForumThread(_previous: UnfollowState, formData: FormData): Promise<UnfollowState> {
  const token = String(formData.get("token") ?? "")
  try {
    const { thread } = await storeSend<ForumUnfollowResponse>("/store/forum-follows/unsubscribe", {
      body: { token },
      headers: await readerHeaders(),
    })
    return { status: "done", thread }
  } catch (error) {
    if (errorInfo(error).status === 429) {
      return { status: "error", message: tooManyRequests(error) }
    }
    return { status: "error", message: linkProblem(error) ?? friendlyError(error, "We couldn't stop the emails. Please try again.") }
  }
}
