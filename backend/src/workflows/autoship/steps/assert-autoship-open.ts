import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** Refuses a cancelled autoship (a 409): it takes no new products and no orders. */
export const assertAutoshipOpenStep = createStep("assert-autoship-open", async ({ status }: { status: string }) => {
  if (status === "cancelled") {
    throw new MedusaError(MedusaError.Types.CONFLICT, "This autoship is cancelled")
  }
  return new StepResponse(true)
})
