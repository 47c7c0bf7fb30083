import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AUTOSHIP_MODULE } from "../../../modules/autoship"
import type AutoshipModuleService from "../../../modules/autoship/service"

type LineChange = { id: string; quantity: number }
type Snapshot = { id: string; variant_id: string; quantity: number; autoship_id: string }[]

/** Sets line quantities, removing lines set to 0; undone by restoring the lines as they were. */
export const setAutoshipLinesStep = createStep(
  "set-autoship-lines",
  async ({ autoship_id, lines }: { autoship_id: string; lines?: LineChange[] }, { container }) => {
    if (!lines?.length) {
      return new StepResponse(null, null as Snapshot | null)
    }
    const service = container.resolve<AutoshipModuleService>(AUTOSHIP_MODULE)
    const before = await service.listAutoshipLines({ autoship_id })
    const removed = lines.filter((line) => line.quantity === 0).map((line) => line.id)
    const kept = lines.filter((line) => line.quantity > 0)
    if (kept.length) {
      await service.updateAutoshipLines(kept)
    }
    if (removed.length) {
      await service.softDeleteAutoshipLines(removed)
    }
    const snapshot = before.map(({ id, variant_id, quantity }) => ({ id, variant_id, quantity, autoship_id }))
    return new StepResponse(null, snapshot)
  },
  async (snapshot, { container }) => {
    if (!snapshot) {
      return
    }
    const service = container.resolve<AutoshipModuleService>(AUTOSHIP_MODULE)
    await service.restoreAutoshipLines(snapshot.map((line) => line.id))
    await service.updateAutoshipLines(snapshot.map(({ id, quantity }) => ({ id, quantity })))
  }
)
