import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ForumEvents } from "../modules/community/forum-events"
import { sendForumDigestsWorkflow } from "../workflows/community/send-forum-digests"

type PostApproved = { id: string; thread_id: string; number: number }

/**
 * A post shows: its thread's followers who had no digest within the interval hear of it at once; the
 * others get it from the send-forum-digests job when their interval is over.
 */
export default async function mailForumFollowers({ event, container }: SubscriberArgs<PostApproved | PostApproved[]>) {
  const thread_ids = [...new Set([event.data].flat().map((post) => post.thread_id))]
  await sendForumDigestsWorkflow(container).run({ input: { thread_ids } })
}

export const config: SubscriberConfig = {
  event: ForumEvents.POST_APPROVED,
}
