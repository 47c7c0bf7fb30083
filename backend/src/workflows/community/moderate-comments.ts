import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { setCommentStatusStep, type SetCommentStatusInput } from "./steps/set-comment-status"

/** Approves, rejects or marks comments as spam; `comment.approved` tells repliers and the storefront. */
export const moderateCommentsWorkflow = createWorkflow("moderate-comments", (input: SetCommentStatusInput) => {
  const approved = setCommentStatusStep(input)
  emitEventStep({
    eventName: "comment.approved",
    data: transform({ approved }, ({ approved }) => approved.map((id) => ({ id }))),
  })
  emitEventStep({
    eventName: "comment.moderated",
    data: transform({ input }, ({ input }) => input.ids.map((id) => ({ id }))),
  }).config({ name: "emit-comment-moderated" })
  return new WorkflowResponse({ ids: input.ids, status: input.status })
})
