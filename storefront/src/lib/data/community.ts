import "server-only"

import { cacheTags, VISITOR_TOKEN_HEADER, type CommentListResponse, type PublicComment, type VoteResponse } from "@supplement-store/contract"
import { cache } from "react"

import { requirePublishableKey } from "@/lib/config"
import { getAuthToken, getVisitorToken } from "@/lib/data/cookies"
import { REVALIDATE_SECONDS } from "@/lib/data/store-fetch"
import { sdk } from "@/lib/sdk"
import { isNotFound } from "@/lib/util/errors"
import { isHandle } from "@/lib/util/search-params"

/**
 * The community's reads of /store/articles/:handle/comments and /votes (the
 * writes are the Server Actions in modules/community/actions.ts).
 *
 * What every reader sees (the approved thread, the vote count) is cached by Next
 * under `cacheTags.community(handle)`, which the backend expires when a moderator
 * approves or rejects a comment, and the comment action when a reader's own
 * comment is published at once (a vote count catches up within the revalidate
 * period). What one reader sees (their own vote) is never cached.
 * React's `cache` dedupes identical reads within one render.
 *
 * A reader is the customer's bearer token and/or the signed visitor token an
 * anonymous reader got on a first vote (cookie `_verdant_visitor`).
 */

/** Top-level comments per "page" (the thread grows by this much with each "Load more comments"). */
export const COMMENTS_PER_PAGE = 20

/** How many pages "Load more" may reach (the backend lists at most 100 top-level comments per request). */
export const MAX_COMMENT_PAGES = 25

const BACKEND_PAGE_LIMIT = 100

const cachedFor = (handle: string) => ({ next: { revalidate: REVALIDATE_SECONDS, tags: [cacheTags.community(handle)] } })

export type { PublicComment } from "@supplement-store/contract"

export type CommentThread = {
  /** Top-level comments shown, oldest first, each with its replies. */
  comments: PublicComment[]
  /** All top-level approved comments. */
  count: number
  /** All approved comments, replies included. */
  total: number
  /** Pages of top-level comments loaded (1-based). */
  pages: number
  hasMore: boolean
}

export type VoteState = Pick<VoteResponse, "votes" | "voted">

export function articleRoute(handle: string, resource: "comments" | "votes"): string {
  return `/store/articles/${encodeURIComponent(handle)}/${resource}`
}

/** Who is voting: the customer's bearer token and/or the anonymous visitor token (both may be sent; a valid customer wins). */
export async function voterHeaders(): Promise<Record<string, string>> {
  const [token, visitorToken] = await Promise.all([getAuthToken(), getVisitorToken()])
  const headers: Record<string, string> = {}
  if (token) headers.authorization = `Bearer ${token}`
  if (visitorToken) headers[VISITOR_TOKEN_HEADER] = visitorToken
  return headers
}

/**
 * The approved thread of an article: the first `pages` × COMMENTS_PER_PAGE
 * top-level comments with all their replies. Null when the article doesn't exist.
 */
export const getCommentThread = cache(async (handle: string, pages: number = 1): Promise<CommentThread | null> => {
  if (!isHandle(handle)) {
    return null
  }
  requirePublishableKey()
  const loaded = Math.min(Math.max(Math.trunc(pages) || 1, 1), MAX_COMMENT_PAGES)
  const wanted = loaded * COMMENTS_PER_PAGE
  const offsets: number[] = []
  for (let offset = 0; offset < wanted; offset += BACKEND_PAGE_LIMIT) {
    offsets.push(offset)
  }
  let chunks: CommentListResponse[]
  try {
    chunks = await Promise.all(
      offsets.map((offset) =>
        sdk.client.fetch<CommentListResponse>(articleRoute(handle, "comments"), {
          method: "GET",
          query: { limit: Math.min(BACKEND_PAGE_LIMIT, wanted - offset), offset },
          ...cachedFor(handle),
        })
      )
    )
  } catch (error) {
    if (isNotFound(error)) {
      return null
    }
    throw error
  }
  const comments = chunks.flatMap((chunk) => chunk.comments ?? [])
  const last = chunks[chunks.length - 1]
  const count = last?.count ?? comments.length
  return {
    comments,
    count,
    total: last?.total ?? comments.length,
    pages: loaded,
    hasMore: comments.length < count && loaded < MAX_COMMENT_PAGES,
  }
})

async function readVotes(handle: string, init: { headers?: Record<string, string> } & RequestInit): Promise<VoteState | null> {
  if (!isHandle(handle)) {
    return null
  }
  requirePublishableKey()
  try {
    const { votes, voted } = await sdk.client.fetch<VoteState>(articleRoute(handle, "votes"), { method: "GET", ...init })
    return { votes, voted: Boolean(voted) }
  } catch (error) {
    if (isNotFound(error)) {
      return null
    }
    throw error
  }
}

/** The article's vote count as every reader sees it (cached). Null when the article doesn't exist. */
export const getArticleVoteCount = cache(async (handle: string): Promise<number | null> => {
  const state = await readVotes(handle, cachedFor(handle))
  return state?.votes ?? null
})

/** The article's vote count and whether the current reader voted (never cached). Null when the article doesn't exist. */
export async function getReaderVote(handle: string): Promise<VoteState | null> {
  return readVotes(handle, { headers: await voterHeaders(), cache: "no-store" })
}
