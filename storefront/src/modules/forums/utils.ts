import { FORUM_POSTS_PER_PAGE, type ForumReportReason } from "@supplement-store/contract/limits"
import { forumPostPath, forumThreadPath } from "@supplement-store/contract/paths"

import { PAGE_PARAM } from "@/lib/routes"

/**
 * Small helpers of the forums' pages, feeds and components. Free of server-only imports, so client
 * components may use them too. Dates use the comments' format (modules/community/utils.ts).
 */

export const FORUMS_PATH = "/forums"
export const FORUMS_TITLE = "Forums"
export const FORUMS_DESCRIPTION =
  "Readers talk with each other about fibromyalgia, ME/CFS, Lyme disease, supplements and everyday wellness."

/** `?page=N` after a listing's address (none for page 1); next.config.ts rewrites it to `<path>/pages/N`, cached. */
function paged(path: string, page: number): string {
  return page > 1 ? `${path}?${PAGE_PARAM}=${page}` : path
}

/** `/forums/<forum>`, or its page N. */
export function forumPath(forum: string, page = 1): string {
  return paged(`${FORUMS_PATH}/${encodeURIComponent(forum)}`, page)
}

export function forumFeedPath(forum: string): string {
  return `${forumPath(forum)}/rss.xml`
}

/** `/forums/<forum>/<thread>`, or its page N (the contract's, so mails and the admin link the same). */
export const threadPath = forumThreadPath

export function threadFeedPath(forum: string, thread: string): string {
  return `${threadPath(forum, thread)}/rss.xml`
}

/** The page a post is on: numbers never change, so neither does a post's page. */
export function pageOfPost(number: number): number {
  return Math.max(1, Math.ceil(number / FORUM_POSTS_PER_PAGE))
}

/** Pages of a thread whose highest post number is `lastNumber`. */
export function threadPages(lastNumber: number): number {
  return pageOfPost(lastNumber)
}

export function postAnchor(number: number): string {
  return `post-${number}`
}

/** The address of post N of a thread: its page and anchor. */
export const postHref = forumPostPath

/** A listing's page segment ("2" → 2); null for anything that is not a page number. */
export function parsePageSegment(value: string): number | null {
  return /^[1-9]\d{0,4}$/.test(value) ? Number(value) : null
}

export function repliesLabel(count: number): string {
  return `${count} ${count === 1 ? "reply" : "replies"}`
}

export function threadsLabel(count: number): string {
  return `${count} ${count === 1 ? "thread" : "threads"}`
}

export function postsLabel(count: number): string {
  return `${count} ${count === 1 ? "post" : "posts"}`
}

export const REPORT_REASON_LABELS: Record<ForumReportReason, string> = {
  spam: "Spam or advertising",
  abuse: "Abusive or hateful",
  off_topic: "Off topic",
  medical_misinformation: "Harmful medical misinformation",
  other: "Something else",
}
