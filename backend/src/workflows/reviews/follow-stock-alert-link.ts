import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { followStockAlertLinkStep, type FollowStockAlertLinkInput } from "./steps/follow-stock-alert-link"

/** The confirm and cancel links of back-in-stock mails, once their token was read. */
export const followStockAlertLinkWorkflow = createWorkflow("follow-stock-alert-link", (input: FollowStockAlertLinkInput) => {
  return new WorkflowResponse(followStockAlertLinkStep(input))
})
