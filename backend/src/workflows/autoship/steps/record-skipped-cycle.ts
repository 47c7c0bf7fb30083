import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AUTOSHIP_MODULE } from "../../../modules/autoship"
import type AutoshipModuleService from "../../../modules/autoship/service"

/** Keeps the skipped date in the autoship's history; undone by deleting it. */
export const recordSkippedCycleStep = createStep(
  "record-skipped-cycle",
  async ({ autoship_id, due_at }: { autoship_id: string; due_at: Date }, { container }) => {
    const cycle = await container.resolve<AutoshipModuleService>(AUTOSHIP_MODULE).createAutoshipCycles({
      autoship_id,
      due_at,
      outcome: "skipped",
      claimed_at: new Date(),
      missing_variant_ids: [],
    })
    return new StepResponse(cycle, cycle.id)
  },
  async (cycleId, { container }) => {
    if (cycleId) {
      await container.resolve<AutoshipModuleService>(AUTOSHIP_MODULE).deleteAutoshipCycles(cycleId)
    }
  }
)
