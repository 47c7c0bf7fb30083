import type { AdminForum, AdminForumBan, AdminForumPost, AdminForumThread } from "@supplement-store/contract"

/** What staff see of forums, threads and posts in the admin (emails and reports included). */

export const ADMIN_FORUM_FIELDS = [
  "id",
  "handle",
  "name",
  "description",
  "topic_handle",
  "rank",
  "archived_at",
  "thread_count",
  "post_count",
  "last_post_at",
]

export const ADMIN_FORUM_BAN_FIELDS = ["id", "customer_id", "reason", "created_by", "created_at"]

export const ADMIN_FORUM_THREAD_FIELDS = [
  "id",
  "handle",
  "title",
  "status",
  "pinned",
  "locked",
  "author_name",
  "customer_id",
  "reply_count",
  "created_at",
  "last_post_at",
  "forum.id",
  "forum.handle",
  "forum.name",
]

export const ADMIN_FORUM_POST_FIELDS = [
  "id",
  "number",
  "is_first",
  "status",
  "spam_reason",
  "author_name",
  "email",
  "customer_id",
  "body",
  "created_at",
  "open_report_count",
  "reports.id",
  "reports.customer_id",
  "reports.reason",
  "reports.note",
  "reports.created_at",
  "reports.resolved_at",
  "thread.id",
  "thread.handle",
  "thread.title",
  "thread.forum.id",
  "thread.forum.handle",
  "thread.forum.name",
]

type Stamp = Date | string
const iso = (stamp: Stamp) => new Date(stamp).toISOString()
const isoOrNull = (stamp: Stamp | null) => (stamp ? iso(stamp) : null)

/** A row as the database gives it: dates as Date objects. */
type Dated<T, K extends keyof T> = Omit<T, K> & { [D in K]: Stamp | null }
type ReportRow = Dated<AdminForumPost["reports"][number], "created_at"> & { resolved_at: Stamp | null }

export function adminForum(row: Dated<AdminForum, "archived_at" | "last_post_at">): AdminForum {
  return { ...row, archived_at: isoOrNull(row.archived_at), last_post_at: isoOrNull(row.last_post_at) }
}

export function adminForumThread(row: Dated<AdminForumThread, "created_at" | "last_post_at">): AdminForumThread {
  return { ...row, created_at: iso(row.created_at!), last_post_at: isoOrNull(row.last_post_at) }
}

/** A post with its undecided reports only (decided ones are history, not work), oldest first. */
export function adminForumPost(row: Omit<Dated<AdminForumPost, "created_at">, "reports"> & { reports: (ReportRow | null)[] }): AdminForumPost {
  const reports = (row.reports ?? [])
    .filter((report): report is ReportRow => !!report && !report.resolved_at)
    .map(({ resolved_at: _resolved, ...report }) => ({ ...report, created_at: iso(report.created_at!) }))
    .sort((a, b) => a.created_at.localeCompare(b.created_at))
  return { ...row, created_at: iso(row.created_at!), reports }
}

export function adminForumBan(row: Dated<AdminForumBan, "created_at">): AdminForumBan {
  return { id: row.id, customer_id: row.customer_id, reason: row.reason, created_by: row.created_by, created_at: iso(row.created_at!) }
}
