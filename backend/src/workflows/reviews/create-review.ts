import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { checkReviewStep } from "./steps/check-review"
import { createReviewStep } from "./steps/create-review"
import { findPurchaseStep } from "./steps/find-purchase"
import type { NewReview } from "./types"

/** A customer reviews a product: is it a purchase, does it pass the rules, then create and tell. */
export const createReviewWorkflow = createWorkflow("create-review", (input: NewReview) => {
  const purchase = findPurchaseStep(transform({ input }, ({ input }) => ({ customer_id: input.customer_id, product_id: input.product_id })))
  const verdict = checkReviewStep(input)
  const review = createReviewStep(
    transform({ input, verdict, purchase }, ({ input: { bot_signal, ...data }, verdict, purchase }) => ({ ...data, ...verdict, ...purchase }))
  )
  emitEventStep({ eventName: "review.created", data: { id: review.id } })
  return new WorkflowResponse(review)
})
