import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import type { SupplementFactsValues } from "@supplement-store/contract"
import { SupplementFactsEvents } from "../../modules/supplement-facts/events"
import { upsertSupplementFactsStep } from "./steps/upsert-supplement-facts"

/** Writes a product's supplement facts (validated by the contract) and tells search and the storefront. */
export const upsertSupplementFactsWorkflow = createWorkflow(
  "upsert-supplement-facts",
  (input: { product_id: string; facts: SupplementFactsValues }) => {
    useQueryGraphStep({ entity: "product", fields: ["id"], filters: { id: input.product_id }, options: { throwIfKeyNotFound: true } })
    const facts = upsertSupplementFactsStep(input)
    emitEventStep({ eventName: SupplementFactsEvents.UPDATED, data: { id: input.product_id } })
    return new WorkflowResponse(facts)
  }
)
