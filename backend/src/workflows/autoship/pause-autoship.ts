import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setAutoshipStatusPlaceholderStep } from "./steps/set-autoship-status-placeholder"

// PLACEHOLDER for the admin branch, replaced by the autoship-workflows branch on merge.
export const pauseAutoshipWorkflow = createWorkflow("pause-autoship", (input: { autoship_id: string; customer_id?: string }) => {
  setAutoshipStatusPlaceholderStep(transform({ input }, ({ input }) => ({ ...input, status: "paused" as const })))
  return new WorkflowResponse({ autoship_id: input.autoship_id })
})
