import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { variantStock, variantsOfInventoryItems } from "../../../lib/reviews/stock-alerts"
import { REVIEWS_MODULE } from "../../../modules/reviews"
import type ReviewsModuleService from "../../../modules/reviews/service"

/** The variants of these inventory items that readers asked for, with their stock now; nothing to undo. */
export const findAlertedVariantsStep = createStep("find-alerted-variants", async (inventoryItemIds: string[], { container }) => {
  const variantIds = await variantsOfInventoryItems(container, inventoryItemIds)
  const alerted = await container.resolve<ReviewsModuleService>(REVIEWS_MODULE).variantsWithOpenAlerts(variantIds)
  return new StepResponse([...(await variantStock(container, alerted)).values()])
})
