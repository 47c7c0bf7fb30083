import { createWorkflow, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { SupplementFactsEvents } from "../../modules/supplement-facts/events"
import { deleteSupplementFactsStep } from "./steps/delete-supplement-facts"

/** Takes a product's label away (search and the storefront hear of it when there was one). */
export const deleteSupplementFactsWorkflow = createWorkflow("delete-supplement-facts", (input: { product_id: string }) => {
  const deleted = deleteSupplementFactsStep(input)
  when(deleted, (deleted) => deleted).then(() => {
    emitEventStep({ eventName: SupplementFactsEvents.UPDATED, data: { id: input.product_id } })
  })
  return new WorkflowResponse(deleted)
})
