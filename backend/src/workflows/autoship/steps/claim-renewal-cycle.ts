import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { Claim } from "./build-renewal-cart"
import { AUTOSHIP_MODULE } from "../../../modules/autoship"
import type AutoshipModuleService from "../../../modules/autoship/service"

export type ClaimRenewalInput = { autoship_id: string; now: Date; customer_id?: string; order_now?: boolean }

/**
 * Takes this renewal's cycle for this worker, or answers null when there is nothing to renew: not
 * due (yet), not renewable, or held by another worker. "Order now" renews today's date instead of
 * the scheduled one. If a later step fails, the claim is released for the next run.
 */
export const claimRenewalCycleStep = createStep<ClaimRenewalInput, Claim, string | null>(
  "claim-renewal-cycle",
  async ({ autoship_id, now: clock, customer_id, order_now }: ClaimRenewalInput, { container }) => {
    // A workflow's input reaches its steps serialised: the clock arrives as an ISO string.
    const now = new Date(clock)
    const service = container.resolve<AutoshipModuleService>(AUTOSHIP_MODULE)
    const [autoship] = await service.listAutoships({ id: autoship_id }, { relations: ["lines"] })
    if (!autoship || (customer_id !== undefined && autoship.customer_id !== customer_id)) {
      return new StepResponse(null, null)
    }
    const due = order_now
      ? autoship.status === "active" || autoship.status === "payment_failed"
      : (autoship.status === "active" && new Date(autoship.next_order_at) <= now) ||
        (autoship.status === "payment_failed" && !!autoship.retry_at && new Date(autoship.retry_at) <= now)
    if (!due) {
      return new StepResponse(null, null)
    }
    const dueAt = order_now ? new Date(Math.floor(now.getTime() / 1000) * 1000) : new Date(autoship.next_order_at)
    const cycle = await service.claimCycle(autoship.id, dueAt, now)
    return cycle ? new StepResponse({ autoship: autoship as unknown as NonNullable<Claim>["autoship"], cycle }, cycle.id) : new StepResponse(null, null)
  },
  async (cycleId, { container }) => {
    if (cycleId) {
      await container.resolve<AutoshipModuleService>(AUTOSHIP_MODULE).releaseCycle(cycleId)
    }
  }
)
