import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MAX_AUTOSHIP_QUANTITY } from "@supplement-store/contract"
import { AUTOSHIP_MODULE } from "../../../modules/autoship"
import type AutoshipModuleService from "../../../modules/autoship/service"

type AddLineInput = { autoship_id: string; variant_id: string; quantity: number }
type Undo = { created?: string; updated?: { id: string; quantity: number } }

/**
 * Puts a variant on an autoship: more of it when it is already there (up to the per-delivery
 * limit), a new line otherwise. Undone by removing the line or restoring its quantity.
 */
export const addAutoshipLineStep = createStep(
  "add-autoship-line",
  async ({ autoship_id, variant_id, quantity }: AddLineInput, { container }) => {
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "product_variant",
      fields: ["id", "product.status"],
      filters: { id: variant_id },
    })
    if (data[0]?.product?.status !== "published") {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Variant ${variant_id} was not found`)
    }
    const service = container.resolve<AutoshipModuleService>(AUTOSHIP_MODULE)
    const [line] = await service.listAutoshipLines({ autoship_id, variant_id })
    if (line) {
      const updated = await service.updateAutoshipLines({ id: line.id, quantity: Math.min(line.quantity + quantity, MAX_AUTOSHIP_QUANTITY) })
      return new StepResponse(updated, { updated: { id: line.id, quantity: line.quantity } } as Undo)
    }
    const created = await service.createAutoshipLines({ autoship_id, variant_id, quantity })
    return new StepResponse(created, { created: created.id } as Undo)
  },
  async (undo, { container }) => {
    const service = container.resolve<AutoshipModuleService>(AUTOSHIP_MODULE)
    if (undo?.created) {
      await service.deleteAutoshipLines(undo.created)
    }
    if (undo?.updated) {
      await service.updateAutoshipLines(undo.updated)
    }
  }
)
