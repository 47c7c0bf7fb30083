import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { REVIEWS_MODULE } from "../../../modules/reviews"
import type ReviewsModuleService from "../../../modules/reviews/service"
import type { NewReview, ReviewVerdict } from "../types"
import { alreadyReviewed } from "./check-review"

export type CreateReviewStepInput = Omit<NewReview, "bot_signal"> &
  ReviewVerdict & { verified_buyer: boolean; order_id: string | null }

/** Creates the review; a second one racing the first meets the unique index (409). On rollback it goes. */
export const createReviewStep = createStep(
  "create-review",
  async (input: CreateReviewStepInput, { container }) => {
    try {
      const review = await container.resolve<ReviewsModuleService>(REVIEWS_MODULE).createReviews(input)
      return new StepResponse(review, review.id)
    } catch (error) {
      // Medusa turns the unique index's refusal into INVALID_DATA "... already exists."
      if ((error as MedusaError).type === MedusaError.Types.INVALID_DATA && /already exists/.test((error as Error).message)) {
        throw alreadyReviewed()
      }
      throw error
    }
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<ReviewsModuleService>(REVIEWS_MODULE).deleteReviews(id)
    }
  }
)
