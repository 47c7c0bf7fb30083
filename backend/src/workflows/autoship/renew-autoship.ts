import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { buildRenewalCartStep } from "./steps/build-renewal-cart"
import { claimRenewalCycleStep, type ClaimRenewalInput } from "./steps/claim-renewal-cycle"
import { completeRenewalCartStep } from "./steps/complete-renewal-cart"
import { recordRenewalStep } from "./steps/record-renewal"
import { syncClubMembershipStep } from "./steps/sync-club-membership"

/**
 * One renewal of one autoship: claim the cycle (one worker wins), build the cart a checkout would
 * build, complete it, record what happened and tell the customer. Answers null when there was
 * nothing to renew. Also "order now", which renews today instead of the scheduled date.
 */
export const renewAutoshipWorkflow = createWorkflow("renew-autoship", (input: ClaimRenewalInput) => {
  const claim = claimRenewalCycleStep(input)
  const cart = buildRenewalCartStep(claim)
  const result = completeRenewalCartStep(cart)
  const recorded = recordRenewalStep({ claim, cart, result, now: input.now, order_now: input.order_now })

  when({ recorded }, ({ recorded }) => !!recorded).then(() => {
    syncClubMembershipStep({ customer_id: transform({ claim }, ({ claim }) => claim!.autoship.customer_id), now: input.now })
    emitEventStep({
      eventName: transform({ recorded }, ({ recorded }) => recorded!.event),
      data: transform({ recorded }, ({ recorded }) => recorded!.data),
    })
  })
  return new WorkflowResponse(transform({ recorded }, ({ recorded }) => recorded?.data ?? null))
})
