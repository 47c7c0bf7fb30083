import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { loadAutoshipStep } from "./steps/load-autoship"
import { planAutoshipActionStep } from "./steps/plan-autoship-action"
import { recordSkippedCycleStep } from "./steps/record-skipped-cycle"
import { updateAutoshipStep } from "./steps/update-autoship"
import type { AutoshipActionInput } from "./types"

/** Moves the next shipment on by one interval and keeps the skipped date in the history. */
export const skipAutoshipWorkflow = createWorkflow("skip-autoship", (input: AutoshipActionInput) => {
  const autoship = loadAutoshipStep(input)
  const change = planAutoshipActionStep({ autoship, action: "skip", now: input.now })
  recordSkippedCycleStep({ autoship_id: autoship.id, due_at: autoship.next_order_at })
  const updated = updateAutoshipStep(change)
  emitEventStep({ eventName: "autoship.skipped", data: { id: autoship.id } })
  return new WorkflowResponse(updated)
})
