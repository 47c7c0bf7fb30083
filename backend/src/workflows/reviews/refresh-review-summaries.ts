import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { clearProductQueryCacheStep } from "./steps/clear-product-query-cache"
import { refreshReviewSummariesStep } from "./steps/refresh-review-summaries"

/** Rewrites products' rating summaries; `review.summary_updated` tells search and the storefront which changed. */
export const refreshReviewSummariesWorkflow = createWorkflow("refresh-review-summaries", (input: { product_ids: string[] }) => {
  const changed = refreshReviewSummariesStep(input)
  clearProductQueryCacheStep(transform({ changed }, ({ changed }) => ({ product_ids: changed })))
  emitEventStep({ eventName: "review.summary_updated", data: transform({ changed }, ({ changed }) => changed.map((id) => ({ id }))) })
  return new WorkflowResponse(changed)
})
