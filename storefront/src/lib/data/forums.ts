import "server-only"

import {
  cacheTags,
  FORUM_THREADS_PER_PAGE,
  type ForumFollowResponse,
  type ForumListResponse,
  type ForumResponse,
  type ForumThreadResponse,
  type PublicForum,
} from "@supplement-store/contract"
import { cache } from "react"

import { getAuthHeaders } from "@/lib/data/cookies"
import { storeGet, storeSend } from "@/lib/data/store-fetch"
import { isNotFound, isUnauthorized } from "@/lib/util/errors"
import { isHandle } from "@/lib/util/search-params"

/**
 * The forums' reads of /store/forums and /store/forum-threads (the writes are the Server Actions in
 * modules/forums/actions.ts).
 *
 * What every reader sees (the forum list, a forum's threads, a page of a thread) is cached by Next
 * under the contract's tags, which the backend's forum events expire (counts, new and moderated
 * posts, moved threads). What one reader sees (whether they follow a thread) is never cached.
 */

export type {
  ForumProductMention,
  ForumThreadResponse,
  PublicForum,
  PublicForumPost,
  PublicForumThread,
} from "@supplement-store/contract"

export function forumThreadRoute(handle: string, resource?: "posts" | "follow"): string {
  return `/store/forum-threads/${encodeURIComponent(handle)}${resource ? `/${resource}` : ""}`
}

/** Every open forum, in the moderators' order, with its counts and latest post. */
export const listForums = cache(async (): Promise<PublicForum[]> => {
  const { forums } = await storeGet<ForumListResponse>("/store/forums", {}, [cacheTags.forums])
  return forums
})

/** One page (1-based) of a forum's threads, pinned first, then by last activity; null for no such forum. */
export const getForum = cache(async (handle: string, page: number = 1): Promise<ForumResponse | null> => {
  if (!isHandle(handle)) {
    return null
  }
  try {
    return await storeGet<ForumResponse>(
      `/store/forums/${encodeURIComponent(handle)}`,
      { limit: FORUM_THREADS_PER_PAGE, offset: (Math.max(1, Math.trunc(page)) - 1) * FORUM_THREADS_PER_PAGE },
      [cacheTags.forums, cacheTags.forum(handle)]
    )
  } catch (error) {
    if (isNotFound(error)) {
      return null
    }
    throw error
  }
})

/** One page (1-based) of a thread's approved posts; null for no such thread or a page past its end. */
export const getForumThread = cache(async (handle: string, page: number = 1): Promise<ForumThreadResponse | null> => {
  if (!isHandle(handle)) {
    return null
  }
  try {
    return await storeGet<ForumThreadResponse>(forumThreadRoute(handle), { page }, [cacheTags.forumThread(handle)])
  } catch (error) {
    if (isNotFound(error)) {
      return null
    }
    throw error
  }
})

/** Whether the logged-in customer follows the thread (never cached); null for a guest or no such thread. */
export async function getThreadFollow(handle: string): Promise<boolean | null> {
  const auth = await getAuthHeaders()
  if (!isHandle(handle) || !("authorization" in auth)) {
    return null
  }
  try {
    const { following } = await storeSend<ForumFollowResponse>(forumThreadRoute(handle, "follow"), { method: "GET", headers: auth })
    return following
  } catch (error) {
    if (isNotFound(error) || isUnauthorized(error)) {
      return null
    }
    throw error
  }
}

/** Most threads the sitemap lists per forum (its first pages), so the sitemap stays bounded. */
const SITEMAP_PAGES_PER_FORUM = 4

/** Threads for the sitemap: the most recently active of each forum, with their forum's handle. */
export async function listThreadsForSitemap(): Promise<{ forum: string; thread: string; lastPostAt: string }[]> {
  const forums = await listForums()
  const lists = await Promise.all(
    forums.map(async (forum) => {
      const pages = Math.min(SITEMAP_PAGES_PER_FORUM, Math.ceil(forum.thread_count / FORUM_THREADS_PER_PAGE))
      const answers = await Promise.all(Array.from({ length: pages }, (_, i) => getForum(forum.handle, i + 1)))
      return answers.flatMap((answer) => answer?.threads ?? []).map((t) => ({ forum: forum.handle, thread: t.handle, lastPostAt: t.last_post_at }))
    })
  )
  return lists.flat()
}
