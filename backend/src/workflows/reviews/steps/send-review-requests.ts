import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { sendOnce } from "../../../lib/send-once"
import type { ReviewRequest } from "./prepare-review-requests"

/** Sends each mail once (its idempotency key settles a shipment and the job racing). A sent mail cannot be undone. */
export const sendReviewRequestsStep = createStep("send-review-requests", async (requests: ReviewRequest[], { container }) => {
  for (const request of requests) {
    await sendOnce(container, {
      to: request.to,
      channel: "email",
      template: "review-request",
      trigger_type: "review.request",
      resource_type: "order",
      resource_id: request.order_id,
      idempotency_key: request.idempotency_key,
      data: request.data,
    })
  }
  return new StepResponse(requests.map((request) => request.order_id))
})
