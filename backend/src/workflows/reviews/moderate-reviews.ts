import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { moderateReviewsStep } from "./steps/moderate-reviews"
import type { ModerateReviewsInput } from "./types"

/** Staff approve, reject or mark reviews as spam, and reply; `review.moderated` tells summaries and the storefront. */
export const moderateReviewsWorkflow = createWorkflow("moderate-reviews", (input: ModerateReviewsInput) => {
  const ids = moderateReviewsStep(input)
  emitEventStep({ eventName: "review.moderated", data: transform({ ids }, ({ ids }) => ids.map((id) => ({ id }))) })
  return new WorkflowResponse(ids)
})
