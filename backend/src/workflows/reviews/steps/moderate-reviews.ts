import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REVIEWS_MODULE } from "../../../modules/reviews"
import type ReviewsModuleService from "../../../modules/reviews/service"
import type { ModerateReviewsInput } from "../types"

/**
 * Sets the reviews' status and/or the staff reply (`null` removes it; a new reply is dated now);
 * answers the ids it found. On rollback each review gets its old status and reply back.
 */
export const moderateReviewsStep = createStep(
  "moderate-reviews",
  async ({ ids, status, reply }: ModerateReviewsInput, { container }) => {
    const reviews = container.resolve<ReviewsModuleService>(REVIEWS_MODULE)
    const before = await reviews.listReviews({ id: ids }, { select: ["id", "status", "reply", "replied_at"] })
    const replyChange = reply === undefined ? {} : { reply, replied_at: reply === null ? null : new Date() }
    const statusChange = status === undefined ? {} : { status }
    if (before.length) {
      await reviews.updateReviews(before.map(({ id }) => ({ id, ...statusChange, ...replyChange })))
    }
    return new StepResponse(
      before.map(({ id }) => id),
      before
    )
  },
  async (before, { container }) => {
    if (before?.length) {
      await container.resolve<ReviewsModuleService>(REVIEWS_MODULE).updateReviews(before)
    }
  }
)
