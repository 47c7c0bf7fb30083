import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { ForumEvents } from "../../modules/community/forum-events"
import { findForumThreadStep } from "./steps/find-forum-thread"
import { softDeleteForumThreadStep } from "./steps/soft-delete-forum-thread"

/** Staff delete a thread with a reason; its forum is recounted without it. */
export const deleteForumThreadWorkflow = createWorkflow("delete-forum-thread", (input: { id: string; reason: string }) => {
  const thread = findForumThreadStep({ id: input.id })
  softDeleteForumThreadStep(input)
  emitEventStep({
    eventName: ForumEvents.THREAD_UPDATED,
    data: transform({ thread }, ({ thread }) => ({ id: thread.id, forum_ids: [thread.forum_id] })),
  })
  return new WorkflowResponse(thread)
})
