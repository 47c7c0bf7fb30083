import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { ForumEvents } from "../../modules/community/forum-events"
import { setForumRanksStep } from "./steps/set-forum-ranks"

/** Staff put the forum index in a new order. */
export const reorderForumsWorkflow = createWorkflow("reorder-forums", (input: { ids: string[] }) => {
  const ids = setForumRanksStep(input)
  emitEventStep({ eventName: ForumEvents.FORUM_UPDATED, data: transform({ ids }, ({ ids }) => ids.map((id) => ({ id }))) })
  return new WorkflowResponse(ids)
})
