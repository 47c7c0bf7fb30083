import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SUPPLEMENT_FACTS_MODULE } from "../../../modules/supplement-facts"
import type SupplementFactsModuleService from "../../../modules/supplement-facts/service"

/** Removes a product's label (soft). Undone: restored. Answers whether there was one. */
export const deleteSupplementFactsStep = createStep(
  "delete-supplement-facts",
  async ({ product_id }: { product_id: string }, { container }) => {
    const service = container.resolve<SupplementFactsModuleService>(SUPPLEMENT_FACTS_MODULE)
    const [existing] = await service.listSupplementFacts({ product_id }, { select: ["id"], take: 1 })
    if (!existing) {
      return new StepResponse(false, null)
    }
    await service.softDeleteSupplementFacts(existing.id)
    return new StepResponse(true, existing.id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<SupplementFactsModuleService>(SUPPLEMENT_FACTS_MODULE).restoreSupplementFacts(id)
    }
  }
)
