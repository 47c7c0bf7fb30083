import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { REVIEWS_MODULE } from "../../../modules/reviews"
import type ReviewsModuleService from "../../../modules/reviews/service"
import { reviewTextProblem } from "../text-rules"
import type { ReviewEdit, ReviewVerdict } from "../types"

/**
 * Checks a customer's edit of their own review (404 for anyone else's) against the text rules; an
 * edit always goes back to a moderator (`pending`), or to spam when the new text earns it.
 */
export const checkReviewEditStep = createStep("check-review-edit", async (edit: ReviewEdit, { container }) => {
  const [review] = await container
    .resolve<ReviewsModuleService>(REVIEWS_MODULE)
    .listReviews({ id: edit.id, customer_id: edit.customer_id }, { select: ["id", "title", "body"], take: 1 })
  if (!review) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "This review was not found among yours")
  }
  const spam_reason = await reviewTextProblem(container, {
    id: review.id,
    title: edit.title ?? review.title,
    body: edit.body ?? review.body,
    customer_id: edit.customer_id,
    client_hash: edit.client_hash,
  })
  return new StepResponse<ReviewVerdict>({ status: spam_reason ? "spam" : "pending", spam_reason })
})
