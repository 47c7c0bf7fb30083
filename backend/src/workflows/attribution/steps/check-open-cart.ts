import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"

/** Attribution follows a cart while it is shopped; a completed cart is its order's now (400). */
export const checkOpenCartStep = createStep("check-open-cart", async (cart: { id: string; completed_at?: Date | string | null }) => {
  if (cart.completed_at) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This cart is already completed")
  }
  return new StepResponse(cart.id)
})
