import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { AutoshipStatus } from "@supplement-store/contract"
import { AUTOSHIP_MODULE } from "../../../modules/autoship"
import type AutoshipModuleService from "../../../modules/autoship/service"

// PLACEHOLDER for the admin branch: the autoship workflows (ownership, club group, rules) come from
// the autoship-workflows branch, which replaces this file and the three workflows using it.
type Input = { autoship_id: string; customer_id?: string; status: AutoshipStatus }

export const setAutoshipStatusPlaceholderStep = createStep(
  "set-autoship-status-placeholder",
  async ({ autoship_id, customer_id, status }: Input, { container }) => {
    const autoships = container.resolve<AutoshipModuleService>(AUTOSHIP_MODULE)
    const [before] = await autoships.listAutoships({ id: autoship_id, ...(customer_id ? { customer_id } : {}) })
    if (!before) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Autoship ${autoship_id} was not found`)
    }
    const now = new Date()
    await autoships.updateAutoships({
      id: autoship_id,
      status,
      paused_at: status === "paused" ? now : null,
      cancelled_at: status === "cancelled" ? now : before.cancelled_at,
    })
    return new StepResponse(undefined, { id: before.id, status: before.status, paused_at: before.paused_at, cancelled_at: before.cancelled_at })
  },
  async (previous, { container }) => {
    if (previous) {
      await container.resolve<AutoshipModuleService>(AUTOSHIP_MODULE).updateAutoships(previous)
    }
  }
)
