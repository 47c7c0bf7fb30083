import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { prepareReviewRequestsStep } from "./steps/prepare-review-requests"
import { sendReviewRequestsStep } from "./steps/send-review-requests"

/** Asks the customers of the orders to review what they bought, once per order; answers the orders mailed. */
export const sendReviewRequestsWorkflow = createWorkflow("send-review-requests", (input: { order_ids: string[] }) => {
  const requests = prepareReviewRequestsStep(input)
  return new WorkflowResponse(sendReviewRequestsStep(requests))
})
