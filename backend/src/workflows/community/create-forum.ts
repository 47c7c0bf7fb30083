import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { ForumEvents } from "../../modules/community/forum-events"
import { createForumStep, type CreateForumInput } from "./steps/create-forum"

/** Staff add a forum, last in the index. */
export const createForumWorkflow = createWorkflow("create-forum", (input: CreateForumInput) => {
  const forum = createForumStep(input)
  emitEventStep({ eventName: ForumEvents.FORUM_UPDATED, data: transform({ forum }, ({ forum }) => ({ id: forum.id })) })
  return new WorkflowResponse(forum)
})
