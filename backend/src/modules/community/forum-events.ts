/**
 * What the forums announce. Workflows emit the first five; the activity subscriber recounts the
 * thread and forum and emits `ACTIVITY_UPDATED`, which revalidates the storefront and reindexes the thread.
 */
export const ForumEvents = {
  /** `{ id, thread_id }`: a post was written (any status). */
  POST_CREATED: "forum.post_created",
  /** `{ id, thread_id }`: a post's status changed or it was deleted. */
  POST_UPDATED: "forum.post_updated",
  /** `{ id, thread_id, number }`: a post shows for the first time (followers hear of it). */
  POST_APPROVED: "forum.post_approved",
  /** `{ id, forum_ids }`: a thread was pinned, locked, moved (both forums), retitled or deleted. */
  THREAD_UPDATED: "forum.thread_updated",
  /** `{ id }`: a forum was created, renamed, reordered or archived. */
  FORUM_UPDATED: "forum.updated",
  /** `{ thread_id, thread_handle, forum_handles }`: counts were refreshed after one of the above. */
  ACTIVITY_UPDATED: "forum.activity_updated",
} as const
