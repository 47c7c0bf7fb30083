import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FieldError } from "../../../lib/field-error"
import { REVIEWS_MODULE } from "../../../modules/reviews"
import type ReviewsModuleService from "../../../modules/reviews/service"
import { reviewTextProblem } from "../text-rules"
import type { NewReview, ReviewVerdict } from "../types"

/**
 * Applies the review rules to a new review and decides its status: 409 when the customer already
 * reviewed the product; the comments' text rules (refused, or spam); spam for bot signals; `approved`
 * for a customer with an earlier approved review; `pending` (a moderator decides) for a first one.
 */
/** 409, with a message Medusa's handler keeps (it replaces a plain conflict's with its own). */
export const alreadyReviewed = () =>
  new FieldError({ product_id: "You already reviewed this product. You can edit your review instead." }, "conflict")

export const checkReviewStep = createStep("check-review", async (input: NewReview, { container }) => {
  const reviews = container.resolve<ReviewsModuleService>(REVIEWS_MODULE)
  const [existing] = await reviews.listReviews({ product_id: input.product_id, customer_id: input.customer_id }, { select: ["id"], take: 1 })
  if (existing) {
    throw alreadyReviewed()
  }

  const spam_reason = input.bot_signal ?? (await reviewTextProblem(container, input))
  if (spam_reason) {
    return new StepResponse<ReviewVerdict>({ status: "spam", spam_reason })
  }
  const [earlier] = await reviews.listReviews({ customer_id: input.customer_id, status: "approved" }, { select: ["id"], take: 1 })
  return new StepResponse<ReviewVerdict>({ status: earlier ? "approved" : "pending", spam_reason: null })
})
