import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { loadAutoshipStep } from "./steps/load-autoship"
import { planAutoshipActionStep } from "./steps/plan-autoship-action"
import { syncClubMembershipStep } from "./steps/sync-club-membership"
import { updateAutoshipStep } from "./steps/update-autoship"
import type { AutoshipActionInput } from "./types"

/** Starts shipments again (tomorrow, if the date passed while paused). */
export const resumeAutoshipWorkflow = createWorkflow("resume-autoship", (input: AutoshipActionInput) => {
  const autoship = loadAutoshipStep(input)
  const change = planAutoshipActionStep({ autoship, action: "resume", now: input.now })
  const updated = updateAutoshipStep(change)
  syncClubMembershipStep({ customer_id: autoship.customer_id, now: input.now })
  emitEventStep({ eventName: "autoship.resumed", data: { id: autoship.id } })
  return new WorkflowResponse(updated)
})
