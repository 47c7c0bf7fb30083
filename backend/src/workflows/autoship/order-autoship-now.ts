import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { renewAutoshipWorkflow } from "./renew-autoship"
import { loadAutoshipStep } from "./steps/load-autoship"

const assertCanOrderNowStep = createStep("assert-can-order-now", async ({ status }: { status: string }) => {
  if (status !== "active" && status !== "payment_failed") {
    throw new MedusaError(MedusaError.Types.CONFLICT, "Only an active autoship can be ordered now")
  }
  return new StepResponse(true)
})

/** Places the next shipment today; the schedule then runs on from today. */
export const orderAutoshipNowWorkflow = createWorkflow(
  "order-autoship-now",
  (input: { autoship_id: string; customer_id?: string; now: Date }) => {
    const autoship = loadAutoshipStep(input)
    assertCanOrderNowStep(autoship)
    const renewal = renewAutoshipWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({ ...input, order_now: true })),
    })
    return new WorkflowResponse(renewal)
  }
)
