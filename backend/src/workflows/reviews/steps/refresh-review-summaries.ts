import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REVIEWS_MODULE } from "../../../modules/reviews"
import type ReviewsModuleService from "../../../modules/reviews/service"

/**
 * Rewrites the summary rows of the products from their approved reviews; answers the products whose
 * numbers changed. Nothing to undo: a rerun rewrites the same numbers from the same rows.
 */
export const refreshReviewSummariesStep = createStep(
  "refresh-review-summaries",
  async ({ product_ids }: { product_ids: string[] }, { container }) => {
    const reviews = container.resolve<ReviewsModuleService>(REVIEWS_MODULE)
    const changed: string[] = []
    for (const productId of new Set(product_ids)) {
      if (await reviews.refreshSummary(productId)) {
        changed.push(productId)
      }
    }
    return new StepResponse(changed)
  }
)
