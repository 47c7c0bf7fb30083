import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { ForumEvents } from "../../modules/community/forum-events"
import { updateForumStep, type UpdateForumInput } from "./steps/update-forum"

/** Staff rename, describe, archive or restore a forum. */
export const updateForumWorkflow = createWorkflow("update-forum", (input: UpdateForumInput) => {
  const forum = updateForumStep(input)
  emitEventStep({ eventName: ForumEvents.FORUM_UPDATED, data: transform({ forum }, ({ forum }) => ({ id: forum.id })) })
  return new WorkflowResponse(forum)
})
