import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ForumEvents } from "../modules/community/forum-events"
import { refreshForumActivityWorkflow } from "../workflows/community/refresh-forum-activity"

type PostEvent = { id: string; thread_id: string }
type ThreadEvent = { id: string; forum_ids?: string[] }

/**
 * Keeps the counts and "latest post" of threads and forums in step with their posts: any post shown,
 * hidden or deleted, and any thread moved, deleted or retitled, recounts its thread and forums.
 */
export default async function refreshForumActivity({ event, container }: SubscriberArgs<PostEvent | ThreadEvent | (PostEvent | ThreadEvent)[]>) {
  const items = [event.data].flat()
  const isThreadEvent = event.name === ForumEvents.THREAD_UPDATED
  const thread_ids = items.map((item) => (isThreadEvent ? item.id : (item as PostEvent).thread_id))
  const forum_ids = isThreadEvent ? items.flatMap((item) => (item as ThreadEvent).forum_ids ?? []) : []
  await refreshForumActivityWorkflow(container).run({ input: { thread_ids, forum_ids } })
}

export const config: SubscriberConfig = {
  event: [ForumEvents.POST_UPDATED, ForumEvents.POST_APPROVED, ForumEvents.THREAD_UPDATED],
}
