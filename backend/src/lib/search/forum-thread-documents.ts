import type { RemoteQueryFunction } from "@medusajs/framework/types"
import type { ForumThreadSearchDocument } from "@supplement-store/contract"
import { excerpt } from "../forums/links"
import { synonymText } from "./synonyms"

export const FORUM_THREAD_SOURCE_FIELDS = [
  "id",
  "handle",
  "title",
  "status",
  "author_name",
  "reply_count",
  "last_post_at",
  "created_at",
  "forum.name",
  "forum.handle",
]

export type SourceForumThread = {
  id: string
  handle: string
  title: string
  status: string
  author_name: string
  reply_count: number
  last_post_at?: Date | string | null
  created_at: Date | string
  forum?: { name: string; handle: string } | null
}

const EXCERPT_LENGTH = 300

/**
 * Only threads readers can open: approved (a pending, hidden or refused first post keeps its thread
 * out), not deleted (soft-deleted rows are not read), in any forum (archived forums stay readable).
 * The excerpt is the opening post's first words, read for the whole page at once.
 */
export async function toForumThreadDocuments(rows: SourceForumThread[], query: RemoteQueryFunction): Promise<(ForumThreadSearchDocument & { synonyms: string })[]> {
  const shown = rows.filter((row) => row.status === "approved" && row.forum)
  if (!shown.length) {
    return []
  }
  const { data: firstPosts } = await query.graph({
    entity: "forum_post",
    fields: ["thread_id", "body"],
    filters: { thread_id: shown.map((row) => row.id), is_first: true },
  })
  const openings = new Map((firstPosts as unknown as { thread_id: string; body: string }[]).map((post) => [post.thread_id, post.body]))
  return shown.map((row) => {
    const opening = excerpt(openings.get(row.id) ?? "", EXCERPT_LENGTH)
    return {
      id: row.id,
      handle: row.handle,
      title: row.title,
      excerpt: opening,
      forum: row.forum!.name,
      forum_handle: row.forum!.handle,
      author: row.author_name,
      reply_count: row.reply_count,
      last_post_at: new Date(row.last_post_at ?? row.created_at).toISOString(),
      synonyms: synonymText(row.title, opening, row.forum!.name),
    }
  })
}
