import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { ForumEvents } from "../../modules/community/forum-events"
import { findForumThreadStep } from "./steps/find-forum-thread"
import { findOpenForumStep } from "./steps/find-open-forum"
import { updateForumThreadStep, type ForumThreadChanges } from "./steps/update-forum-thread"

/**
 * Staff pin, lock, retitle or move a thread to another (open) forum. Both forums are named in the
 * event, so the one it left is recounted too.
 */
export const updateForumThreadWorkflow = createWorkflow("update-forum-thread", (input: ForumThreadChanges & { id: string }) => {
  const before = findForumThreadStep({ id: input.id })
  findOpenForumStep({ id: input.forum_id })
  const thread = updateForumThreadStep(input)
  emitEventStep({
    eventName: ForumEvents.THREAD_UPDATED,
    data: transform({ before, thread }, ({ before, thread }) => ({
      id: thread.id,
      forum_ids: [...new Set([before.forum_id, thread.forum_id])],
    })),
  })
  return new WorkflowResponse(thread)
})
