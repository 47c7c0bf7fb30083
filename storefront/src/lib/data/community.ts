import "server-only"

import { cache } from "react"

import { requirePublishableKey } from "@/lib/config"
import { getAuthToken, getVisitorToken, setVisitorToken } from "@/lib/data/cookies"
import { readerHeaders } from "@/lib/data/reader"
import { REVALIDATE_SECONDS } from "@/lib/data/store-fetch"
import { sdk } from "@/lib/sdk"
import { isNotFound } from "@/lib/util/errors"
import { isHandle } from "@/lib/util/search-params"

/**
 * The community's data layer: the only place the storefront talks to the
 * backend's /store/articles/:handle/comments and /store/articles/:handle/votes.
 *
 * What every reader sees (the approved thread, the vote count) is cached by Next
 * under `COMMUNITY_TAG(handle)`, which the backend expires when a moderator
 * approves or rejects a comment, and the comment action when a reader's own
 * comment is published at once (a vote count catches up within the revalidate
 * period). What one reader sees (their own vote) is never cached.
 * React's `cache` dedupes identical reads within one render.
 *
 * Writes carry the reader's address (`readerHeaders`, so the backend's limits
 * count readers rather than the storefront), and the reader's identity: the
 * customer's bearer token, and/or the signed visitor token an anonymous reader
 * got on a first vote (cookie `_verdant_visitor`).
 */

/** Top-level comments per "page" (the thread grows by this much with each "Load more comments"). */
export const COMMENTS_PER_PAGE = 20

/** How many pages "Load more" may reach (the backend lists at most 100 top-level comments per request). */
export const MAX_COMMENT_PAGES = 25

const BACKEND_PAGE_LIMIT = 100

/** The cache tag of an article's thread and vote count (the backend's storefront-revalidate subscriber uses it too). */
export const COMMUNITY_TAG = (handle: string) => `community:${handle}`

const cachedFor = (handle: string) => ({ next: { revalidate: REVALIDATE_SECONDS, tags: [COMMUNITY_TAG(handle)] } })

/** An approved comment as the public sees it, with its approved replies nested (oldest first). */
export type PublicComment = {
  id: string
  parent_id: string | null
  author_name: string
  body: string
  created_at: string
  replies: PublicComment[]
}

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

export type VoteState = { votes: number; voted: boolean }

export type NewComment = {
  body: string
  author_name?: string
  email?: string
  parent_id?: string
  notify_on_reply: boolean
  /** Honeypot: sent even when empty. */
  website: string
  /** When the reader opened the form (ms since epoch, in the backend's clock). */
  started_at?: number
}

export type CreatedComment = {
  id: string
  status: "pending" | "approved" | "spam"
  parent_id: string | null
  author_name: string
  body: string
  created_at: string
}

type CommentListResponse = {
  comments: PublicComment[]
  count: number
  total: number
  limit: number
  offset: number
}

function articlePath(handle: string, resource: "comments" | "votes"): string {
  return `/store/articles/${encodeURIComponent(handle)}/${resource}`
}

/** Who is voting: the customer's bearer token and/or the anonymous visitor token (both may be sent; a valid customer wins). */
async function voterHeaders(): Promise<Record<string, string>> {
  const [token, visitorToken] = await Promise.all([getAuthToken(), getVisitorToken()])
  const headers: Record<string, string> = {}
  if (token) headers.authorization = `Bearer ${token}`
  if (visitorToken) headers["x-visitor-token"] = visitorToken
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
        sdk.client.fetch<CommentListResponse>(articlePath(handle, "comments"), {
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
    const { votes, voted } = await sdk.client.fetch<VoteState>(articlePath(handle, "votes"), { method: "GET", ...init })
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

/**
 * Votes for the article, or takes the reader's vote back (a toggle). Keeps the
 * visitor token the backend hands a first-time anonymous voter. Throws the
 * sdk's FetchError (404 unknown article, 409 a vote from this connection was
 * already counted today, 429 too many requests).
 */
export async function toggleArticleVote(handle: string): Promise<VoteState> {
  requirePublishableKey()
  const result = await sdk.client.fetch<VoteState & { visitor_token?: string }>(articlePath(handle, "votes"), {
    method: "POST",
    headers: { ...(await voterHeaders()), ...(await readerHeaders()) },
    cache: "no-store",
  })
  if (result.visitor_token) {
    await setVisitorToken(result.visitor_token)
  }
  return { votes: result.votes, voted: Boolean(result.voted) }
}

/**
 * Posts a comment or a reply. A logged-in customer's comment carries their
 * bearer token (name and email may then be left out). Throws the sdk's
 * FetchError: 400 "<field>: <problem>", 422 duplicate, 429 rate limit, 404 unknown article.
 */
export async function createComment(handle: string, input: NewComment): Promise<CreatedComment> {
  requirePublishableKey()
  const token = await getAuthToken()
  const { comment } = await sdk.client.fetch<{ comment: CreatedComment }>(articlePath(handle, "comments"), {
    method: "POST",
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(await readerHeaders()) },
    body: input,
    cache: "no-store",
  })
  return comment
}
