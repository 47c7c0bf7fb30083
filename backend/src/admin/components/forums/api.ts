import type {
  AdminForum,
  AdminForumBanListResponse,
  AdminForumListResponse,
  AdminForumPost,
  AdminForumPostListResponse,
  AdminForumThread,
  AdminForumThreadListResponse,
  ForumPostStatus,
} from "@supplement-store/contract"
import { FORUM_POST_STATUSES, FORUM_POSTS_PER_PAGE } from "@supplement-store/contract"
import { sdk } from "../../lib/sdk"
import { storefrontUrl } from "../../lib/storefront"

/** Query keys and API calls for the forums' admin routes (`/admin/forums`, `/admin/forum-*`). */

export function isForumPostStatus(value: string | null | undefined): value is ForumPostStatus {
  return !!value && (FORUM_POST_STATUSES as readonly string[]).includes(value)
}

export type ForumPostListParams = { status?: ForumPostStatus; reported?: boolean; limit: number; offset: number }
export type ForumThreadListParams = { forum_id?: string; q?: string; limit: number; offset: number }
export type ForumChanges = { name?: string; handle?: string; description?: string; topic_handle?: string | null; archived?: boolean }
export type ForumThreadChanges = { pinned?: boolean; locked?: boolean; forum_id?: string; title?: string }

export const forumKeys = {
  all: ["forums"] as const,
  forums: ["forums", "list"] as const,
  threads: (params: ForumThreadListParams) => ["forums", "threads", params] as const,
  posts: (params: ForumPostListParams) => ["forums", "posts", params] as const,
  waitingCount: ["forums", "posts", "waiting-count"] as const,
  bans: ["forums", "bans"] as const,
}

const path = (base: string, id: string, rest = "") => `${base}/${encodeURIComponent(id)}${rest}`

export const forumsApi = {
  listForums: () => sdk.client.fetch<AdminForumListResponse>("/admin/forums"),
  createForum: (body: { name: string; handle: string; description: string; topic_handle?: string | null }) =>
    sdk.client.fetch<{ forum: AdminForum }>("/admin/forums", { method: "POST", body }),
  updateForum: (id: string, body: ForumChanges) =>
    sdk.client.fetch<{ forum: AdminForum }>(path("/admin/forums", id), { method: "POST", body }),
  reorderForums: (ids: string[]) => sdk.client.fetch<{ ids: string[] }>("/admin/forums/order", { method: "POST", body: { ids } }),

  listThreads: (params: ForumThreadListParams) =>
    sdk.client.fetch<AdminForumThreadListResponse>("/admin/forum-threads", {
      query: {
        ...(params.forum_id ? { forum_id: params.forum_id } : {}),
        ...(params.q ? { q: params.q } : {}),
        limit: params.limit,
        offset: params.offset,
      },
    }),
  updateThread: (id: string, body: ForumThreadChanges) =>
    sdk.client.fetch<{ thread: AdminForumThread }>(path("/admin/forum-threads", id), { method: "POST", body }),
  deleteThread: (id: string, reason: string) =>
    sdk.client.fetch<{ id: string; deleted: true }>(path("/admin/forum-threads", id, "/delete"), { method: "POST", body: { reason } }),

  listPosts: (params: ForumPostListParams) =>
    sdk.client.fetch<AdminForumPostListResponse>("/admin/forum-posts", {
      query: {
        ...(params.status ? { status: params.status } : {}),
        ...(params.reported !== undefined ? { reported: String(params.reported) } : {}),
        limit: params.limit,
        offset: params.offset,
      },
    }),
  moderatePost: (id: string, status: ForumPostStatus) =>
    sdk.client.fetch<{ post: AdminForumPost }>(path("/admin/forum-posts", id), { method: "POST", body: { status } }),
  moderatePosts: (ids: string[], status: ForumPostStatus) =>
    sdk.client.fetch<{ ids: string[]; status: ForumPostStatus }>("/admin/forum-posts/batch", { method: "POST", body: { ids, status } }),
  deletePost: (id: string, reason: string) =>
    sdk.client.fetch<{ id: string; deleted: true; thread_deleted: boolean }>(path("/admin/forum-posts", id, "/delete"), {
      method: "POST",
      body: { reason },
    }),

  listBans: () => sdk.client.fetch<AdminForumBanListResponse>("/admin/forum-bans", { query: { limit: 100, offset: 0 } }),
  ban: (customer_id: string, reason: string) =>
    sdk.client.fetch<{ ban: { id: string }; spammed: string[] }>("/admin/forum-bans", { method: "POST", body: { customer_id, reason } }),
  unban: (customer_id: string) => sdk.client.fetch<{ banned: false }>(path("/admin/forum-bans", customer_id), { method: "DELETE" }),
}

/** A thread on the storefront; with a post number, the page holding it and the post's anchor. */
export function storefrontThreadUrl(forumHandle: string, threadHandle: string, number?: number | null) {
  const thread = `/forums/${encodeURIComponent(forumHandle)}/${encodeURIComponent(threadHandle)}` as const
  if (!number) return storefrontUrl(thread)
  const page = Math.ceil(number / FORUM_POSTS_PER_PAGE)
  return storefrontUrl(`${thread}${page > 1 ? `?page=${page}` : ""}#post-${number}`)
}

export const REPORT_REASON_LABELS: Record<AdminForumPost["reports"][number]["reason"], string> = {
  spam: "Spam",
  abuse: "Abuse",
  off_topic: "Off topic",
  medical_misinformation: "Medical misinformation",
  other: "Other",
}
