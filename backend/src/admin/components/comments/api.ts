import { sdk } from "../../lib/sdk"
import { storefrontUrl } from "../../lib/storefront"

/** Types, query keys and API calls for the comment moderation queue (`/admin/comments`). */

export const COMMENT_STATUSES = ["pending", "approved", "rejected", "spam"] as const
export type CommentStatus = (typeof COMMENT_STATUSES)[number]

export function isCommentStatus(value: string | null | undefined): value is CommentStatus {
  return !!value && (COMMENT_STATUSES as readonly string[]).includes(value)
}

export type AdminComment = {
  id: string
  status: CommentStatus
  spam_reason: string | null
  author_name: string
  email: string
  customer_id: string | null
  body: string
  parent_id: string | null
  created_at: string
  article: { id: string; handle: string; title: string } | null
}

export type AdminCommentDetail = AdminComment & { parent: AdminComment | null }

export type CommentListParams = { status?: CommentStatus; limit: number; offset: number }
export type CommentListResponse = { comments: AdminComment[]; count: number; limit: number; offset: number }

export const commentKeys = {
  all: ["comments"] as const,
  list: (params: CommentListParams) => ["comments", "list", params] as const,
  pendingCount: ["comments", "pending-count"] as const,
  detail: (id: string) => ["comments", "detail", id] as const,
}

export const commentsApi = {
  list: (params: CommentListParams) =>
    sdk.client.fetch<CommentListResponse>("/admin/comments", {
      query: {
        ...(params.status ? { status: params.status } : {}),
        limit: params.limit,
        offset: params.offset,
      },
    }),
  retrieve: (id: string) =>
    sdk.client.fetch<{ comment: AdminCommentDetail }>(`/admin/comments/${encodeURIComponent(id)}`),
  moderate: (id: string, status: CommentStatus) =>
    sdk.client.fetch<{ comment: AdminComment }>(`/admin/comments/${encodeURIComponent(id)}`, {
      method: "POST",
      body: { status },
    }),
  moderateMany: (ids: string[], status: CommentStatus) =>
    sdk.client.fetch<{ ids: string[]; status: CommentStatus }>("/admin/comments/batch", {
      method: "POST",
      body: { ids, status },
    }),
}

/** The storefront's article page, for context. */
export function storefrontArticleUrl(handle: string) {
  return storefrontUrl(`/news/${encodeURIComponent(handle)}`)
}

export function formatCommentDate(value: string | null | undefined) {
  if (!value) return "–"
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return "–"
  return date.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" })
}

/** A plain-text excerpt; the caller renders it as text (never HTML). */
export function excerpt(body: string, max = 280) {
  const chars = Array.from(body.trim())
  if (chars.length <= max) return chars.join("")
  return `${chars.slice(0, max).join("").trimEnd()}…`
}

export function errorMessage(error: unknown) {
  return error instanceof Error ? error.message : "Something went wrong"
}
