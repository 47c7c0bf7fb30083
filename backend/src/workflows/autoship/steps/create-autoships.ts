import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { NewAutoship } from "../../../lib/autoship/from-order"
import { AUTOSHIP_MODULE } from "../../../modules/autoship"
import type AutoshipModuleService from "../../../modules/autoship/service"

/**
 * Creates the order's autoships, leaving out those the order already made (a redelivered
 * `order.placed`); the unique (order, interval) index settles two deliveries at once. Undone by
 * deleting what it created.
 */
export const createAutoshipsStep = createStep(
  "create-autoships",
  async (autoships: NewAutoship[], { container }) => {
    const service = container.resolve<AutoshipModuleService>(AUTOSHIP_MODULE)
    const orderIds = [...new Set(autoships.map((a) => a.created_from_order_id))]
    const existing = orderIds.length ? await service.listAutoships({ created_from_order_id: orderIds }) : []
    const made = new Set(existing.map((a) => `${a.created_from_order_id}:${a.interval_days}`))
    const missing = autoships.filter((a) => !made.has(`${a.created_from_order_id}:${a.interval_days}`))
    try {
      const created = missing.length ? await service.createAutoshipsWithLines(missing) : []
      const ids = created.map((a) => a.id)
      return new StepResponse(created, ids)
    } catch (error) {
      if ((error as { code?: string }).code === "23505" || /unique|already exists/i.test(String((error as Error).message))) {
        return new StepResponse([], [])
      }
      throw error
    }
  },
  async (ids, { container }) => {
    if (ids?.length) {
      await container.resolve<AutoshipModuleService>(AUTOSHIP_MODULE).deleteAutoships(ids)
    }
  }
)
