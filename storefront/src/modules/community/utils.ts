/**
 * Small helpers of the community features. Free of server-only imports, so
 * client components may use them too.
 */

/** Replies are indented up to this depth; deeper ones line up with their parent. */
export const MAX_INDENT_DEPTH = 4

export function votesLabel(votes: number): string {
  return `${votes} ${votes === 1 ? "vote" : "votes"}`
}

export function commentsLabel(count: number): string {
  return `${count} ${count === 1 ? "comment" : "comments"}`
}

/** "?comments_page=3" → 3; anything else → 1. */
export function parseCommentsPage(value: string | string[] | undefined): number {
  const raw = Array.isArray(value) ? value[0] : value
  const page = raw && /^\d{1,3}$/.test(raw.trim()) ? Number(raw.trim()) : 1
  return page >= 1 ? page : 1
}

const COMMENT_DATE_FORMAT = new Intl.DateTimeFormat("en-US", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
})

/** "Nov 25, 2026, 3:31 PM UTC" (UTC, so server and browser agree); "" for a bad date. */
export function formatCommentDate(iso: string): string {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? "" : `${COMMENT_DATE_FORMAT.format(date)} UTC`
}
