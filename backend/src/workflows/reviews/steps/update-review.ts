import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REVIEWS_MODULE } from "../../../modules/reviews"
import type ReviewsModuleService from "../../../modules/reviews/service"
import type { ReviewEdit, ReviewVerdict } from "../types"

export type UpdateReviewStepInput = Omit<ReviewEdit, "customer_id"> & ReviewVerdict

/** Writes the edit and its new status. On rollback the review gets its old text and status back. */
export const updateReviewStep = createStep(
  "update-review",
  async ({ id, rating, title, body, client_hash, status, spam_reason }: UpdateReviewStepInput, { container }) => {
    const reviews = container.resolve<ReviewsModuleService>(REVIEWS_MODULE)
    const before = await reviews.retrieveReview(id, {
      select: ["id", "rating", "title", "body", "client_hash", "status", "spam_reason"],
    })
    const changes = Object.fromEntries(Object.entries({ rating, title, body }).filter(([, value]) => value !== undefined))
    const review = await reviews.updateReviews({ id, ...changes, client_hash, status, spam_reason })
    return new StepResponse(review, before)
  },
  async (before, { container }) => {
    if (before) {
      await container.resolve<ReviewsModuleService>(REVIEWS_MODULE).updateReviews(before)
    }
  }
)
