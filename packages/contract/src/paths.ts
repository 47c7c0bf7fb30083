import { FORUM_POSTS_PER_PAGE } from "./limits"

/**
 * Storefront addresses the backend's mails, the admin and the storefront all link. Free of zod, like
 * limits.ts, so the storefront's client components import it (`@supplement-store/contract/paths`).
 */

/** A thread's page on the storefront (page 1 has no suffix): `?page=N`, served from its cached `/pages/N` route. */
export function forumThreadPath(forumHandle: string, threadHandle: string, page = 1): `/forums/${string}` {
  const thread = `/forums/${encodeURIComponent(forumHandle)}/${encodeURIComponent(threadHandle)}` as const
  return page > 1 ? `${thread}?page=${page}` : thread
}

/** A post on the page that holds it: numbers are given once, so this address never changes. */
export function forumPostPath(forumHandle: string, threadHandle: string, number: number): `/forums/${string}` {
  return `${forumThreadPath(forumHandle, threadHandle, Math.max(1, Math.ceil(number / FORUM_POSTS_PER_PAGE)))}#post-${number}`
}
