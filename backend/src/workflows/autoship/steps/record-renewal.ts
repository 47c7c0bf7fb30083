import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AUTOSHIP_PAYMENT_RETRY_DAYS } from "@supplement-store/contract"
import { AUTOSHIP_MODULE } from "../../../modules/autoship"
import type AutoshipModuleService from "../../../modules/autoship/service"
import { addDays } from "../../../modules/autoship/transitions"
import type { Claim, RenewalCart } from "./build-renewal-cart"
import type { RenewalResult } from "./complete-renewal-cart"

type RecordInput = { claim: Claim; cart: RenewalCart | null; result: RenewalResult; now: Date; order_now?: boolean }
type Previous = { before: Awaited<ReturnType<AutoshipModuleService["retrieveAutoship"]>>; cycle: Awaited<ReturnType<AutoshipModuleService["retrieveAutoshipCycle"]>> }
export type RecordedRenewal = { event: string; data: Record<string, unknown> } | null

/**
 * Closes the cycle with its outcome and moves the autoship on: after an order, to the next date; after
 * a shipment with nothing in stock, past it; after a declined payment, to a retry 1, 3 and 7 days
 * later, then to paused. Answers the event that tells the customer.
 */
export const recordRenewalStep = createStep<RecordInput, RecordedRenewal, Previous | null>(
  "record-renewal",
  async ({ claim, cart, result, now: clock, order_now }: RecordInput, { container }) => {
    // A workflow's input reaches its steps serialised: the clock arrives as an ISO string.
    const now = new Date(clock)
    if (!claim || !result) {
      return new StepResponse<RecordedRenewal, Previous | null>(null, null)
    }
    const service = container.resolve<AutoshipModuleService>(AUTOSHIP_MODULE)
    const before = await service.retrieveAutoship(claim.autoship.id)
    const cycle = await service.retrieveAutoshipCycle(claim.cycle.id)
    await service.updateAutoshipCycles({
      id: cycle.id,
      outcome: result.outcome,
      order_id: result.order_id,
      missing_variant_ids: cart?.missing_variant_ids ?? [],
      message: result.message,
    })

    const from = order_now ? now : new Date(cycle.due_at)
    const token_version = before.token_version + 1
    let event = "autoship.renewed"
    if (result.outcome === "payment_failed") {
      const failures = before.payment_failures + 1
      const retryDays = AUTOSHIP_PAYMENT_RETRY_DAYS[failures - 1]
      event = retryDays ? "autoship.payment_failed" : "autoship.paused"
      await service.updateAutoships(
        retryDays
          ? { id: before.id, status: "payment_failed", payment_failures: failures, retry_at: addDays(now, retryDays), token_version }
          : { id: before.id, status: "paused", paused_at: now, payment_failures: failures, retry_at: null, token_version }
      )
    } else {
      event = result.outcome === "placed" ? "autoship.renewed" : "autoship.out_of_stock"
      await service.updateAutoships({
        id: before.id,
        status: "active",
        next_order_at: addDays(from, before.interval_days),
        payment_failures: 0,
        retry_at: null,
        token_version,
      })
    }
    // `attempt` tells a retried cycle's mails apart.
    const data = { id: before.id, cycle_id: cycle.id, attempt: cycle.attempts, outcome: result.outcome, order_id: result.order_id, missing_variant_ids: cart?.missing_variant_ids ?? [] }
    return new StepResponse<RecordedRenewal, Previous | null>({ event, data }, { before, cycle })
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const service = container.resolve<AutoshipModuleService>(AUTOSHIP_MODULE)
    const { before, cycle } = previous
    await service.updateAutoshipCycles({ id: cycle.id, outcome: cycle.outcome, order_id: cycle.order_id, message: cycle.message })
    await service.updateAutoships({
      id: before.id,
      status: before.status,
      next_order_at: before.next_order_at,
      paused_at: before.paused_at,
      payment_failures: before.payment_failures,
      retry_at: before.retry_at,
      token_version: before.token_version,
    })
  }
)
