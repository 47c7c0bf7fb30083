import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REVIEWS_MODULE } from "../../../modules/reviews"
import type ReviewsModuleService from "../../../modules/reviews/service"

/**
 * Remembers that the variant was just seen sold out, so its next stock counts as a restock even if
 * the sale of its last unit was never looked at. Nothing to undo: it was sold out.
 */
export const markVariantSoldOutStep = createStep("mark-variant-sold-out", async (variantId: string, { container }) => {
  await container.resolve<ReviewsModuleService>(REVIEWS_MODULE).markVariantSoldOut(variantId)
  return new StepResponse(variantId)
})
