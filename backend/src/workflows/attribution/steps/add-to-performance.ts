import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ATTRIBUTION_MODULE } from "../../../modules/attribution"
import type { PerformanceChange } from "../../../modules/attribution/service"
import type AttributionModuleService from "../../../modules/attribution/service"

const negate = (change: PerformanceChange): PerformanceChange =>
  Object.fromEntries(
    Object.entries(change).map(([key, value]) => [key, typeof value === "number" ? -value : value])
  ) as PerformanceChange

/** Adds to the content performance aggregate. Undone: the same changes taken off. */
export const addToPerformanceStep = createStep(
  "add-to-performance",
  async (changes: PerformanceChange[], { container }) => {
    await container.resolve<AttributionModuleService>(ATTRIBUTION_MODULE).addToPerformance(changes)
    return new StepResponse(undefined, changes)
  },
  async (changes, { container }) => {
    if (changes?.length) {
      await container.resolve<AttributionModuleService>(ATTRIBUTION_MODULE).addToPerformance(changes.map(negate))
    }
  }
)
