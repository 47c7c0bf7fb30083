import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { checkCommentStep } from "./steps/check-comment"
import { createCommentStep } from "./steps/create-comment"
import type { NewComment } from "./types"

export const createCommentWorkflow = createWorkflow("create-comment", (input: NewComment) => {
  const verdict = checkCommentStep(input)
  const comment = createCommentStep(
    transform({ input, verdict }, ({ input: { bot_signal, ...data }, verdict }) => ({ ...data, ...verdict }))
  )
  emitEventStep({ eventName: "comment.created", data: { id: comment.id } })
  when({ comment }, ({ comment }) => comment.status === "approved").then(() => {
    emitEventStep({ eventName: "comment.approved", data: { id: comment.id } }).config({ name: "emit-comment-approved" })
  })
  return new WorkflowResponse(comment)
})
