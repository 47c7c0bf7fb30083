import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { loadAutoshipStep } from "./steps/load-autoship"
import { planAutoshipActionStep } from "./steps/plan-autoship-action"
import { syncClubMembershipStep } from "./steps/sync-club-membership"
import { updateAutoshipStep } from "./steps/update-autoship"
import type { AutoshipActionInput } from "./types"

/** Ends the autoship; the owner leaves the club with their last one. */
export const cancelAutoshipWorkflow = createWorkflow("cancel-autoship", (input: AutoshipActionInput) => {
  const autoship = loadAutoshipStep(input)
  const change = planAutoshipActionStep({ autoship, action: "cancel", now: input.now })
  const updated = updateAutoshipStep(change)
  syncClubMembershipStep({ customer_id: autoship.customer_id, now: input.now })
  emitEventStep({ eventName: "autoship.cancelled", data: { id: autoship.id } })
  return new WorkflowResponse(updated)
})
