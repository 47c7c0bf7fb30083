import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { addAutoshipLineStep } from "./steps/add-autoship-line"
import { assertAutoshipOpenStep } from "./steps/assert-autoship-open"
import { loadAutoshipStep } from "./steps/load-autoship"

type AddToAutoshipInput = { autoship_id: string; customer_id: string; variant_id: string; quantity: number }

/** From a product page: the product joins an autoship the customer already has, from its next shipment. */
export const addToAutoshipWorkflow = createWorkflow("add-to-autoship", (input: AddToAutoshipInput) => {
  const autoship = loadAutoshipStep(input)
  assertAutoshipOpenStep(autoship)
  const line = addAutoshipLineStep(input)
  emitEventStep({ eventName: "autoship.updated", data: { id: autoship.id } })
  return new WorkflowResponse(line)
})
