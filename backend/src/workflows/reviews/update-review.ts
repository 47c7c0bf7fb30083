import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { checkReviewEditStep } from "./steps/check-review-edit"
import { updateReviewStep } from "./steps/update-review"
import type { ReviewEdit } from "./types"

/** A customer edits their review: check it is theirs and passes the rules, save it back into moderation, tell. */
export const updateReviewWorkflow = createWorkflow("update-review", (input: ReviewEdit) => {
  const verdict = checkReviewEditStep(input)
  const review = updateReviewStep(transform({ input, verdict }, ({ input: { customer_id, ...edit }, verdict }) => ({ ...edit, ...verdict })))
  emitEventStep({ eventName: "review.updated", data: { id: review.id } })
  return new WorkflowResponse(review)
})
