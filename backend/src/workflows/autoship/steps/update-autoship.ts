import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AUTOSHIP_MODULE } from "../../../modules/autoship"
import type AutoshipModuleService from "../../../modules/autoship/service"

type AutoshipUpdate = Parameters<AutoshipModuleService["updateAutoships"]>[0]
export type AutoshipPatch = { id: string } & Record<string, unknown>

/** Writes the patch; undone by writing back the fields it changed. */
export const updateAutoshipStep = createStep(
  "update-autoship",
  async (patch: AutoshipPatch, { container }) => {
    const service = container.resolve<AutoshipModuleService>(AUTOSHIP_MODULE)
    const before = await service.retrieveAutoship(patch.id)
    const previous = Object.fromEntries(Object.keys(patch).map((key) => [key, (before as Record<string, unknown>)[key]]))
    const [updated] = [await service.updateAutoships(patch as unknown as AutoshipUpdate)].flat()
    return new StepResponse(updated, previous as AutoshipPatch)
  },
  async (previous, { container }) => {
    if (previous) {
      await container.resolve<AutoshipModuleService>(AUTOSHIP_MODULE).updateAutoships(previous as unknown as AutoshipUpdate)
    }
  }
)
