import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { SupplementFactsValues } from "@supplement-store/contract"
import { SUPPLEMENT_FACTS_MODULE } from "../../../modules/supplement-facts"
import { toFactsRow, type default as SupplementFactsModuleService } from "../../../modules/supplement-facts/service"

type Input = { product_id: string; facts: SupplementFactsValues }
type Previous = { id: string; values: SupplementFactsValues | null }

const FIELDS = [
  "serving_size",
  "servings_per_container",
  "form",
  "ingredients",
  "other_ingredients",
  "diets",
  "suggested_use",
  "warnings",
  "third_party_tested",
] as const

/** Writes a product's whole label, creating it the first time. Undone: the label before, or none. */
export const upsertSupplementFactsStep = createStep(
  "upsert-supplement-facts",
  async ({ product_id, facts }: Input, { container }) => {
    const service = container.resolve<SupplementFactsModuleService>(SUPPLEMENT_FACTS_MODULE)
    const [existing] = await service.listSupplementFacts({ product_id }, { take: 1 })
    if (existing) {
      const values = Object.fromEntries(FIELDS.map((field) => [field, existing[field]])) as unknown as SupplementFactsValues
      const updated = await service.updateSupplementFacts({ id: existing.id, ...toFactsRow(facts) })
      return new StepResponse(updated, { id: existing.id, values } as Previous)
    }
    const created = await service.createSupplementFacts({ product_id, ...toFactsRow(facts) })
    return new StepResponse(created, { id: created.id, values: null } as Previous)
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const service = container.resolve<SupplementFactsModuleService>(SUPPLEMENT_FACTS_MODULE)
    if (previous.values) {
      await service.updateSupplementFacts({ id: previous.id, ...toFactsRow(previous.values) })
    } else {
      await service.deleteSupplementFacts(previous.id)
    }
  }
)
