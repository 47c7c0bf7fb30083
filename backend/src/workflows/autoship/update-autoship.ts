import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { assertOfferedIntervalStep } from "./steps/assert-offered-interval"
import { loadAutoshipStep } from "./steps/load-autoship"
import { type AutoshipChanges, planAutoshipUpdateStep } from "./steps/plan-autoship-update"
import { setAutoshipLinesStep } from "./steps/set-autoship-lines"
import { updateAutoshipStep } from "./steps/update-autoship"

type UpdateAutoshipInput = { autoship_id: string; customer_id?: string; changes: AutoshipChanges }

/** Changes how often, how many, where to, or which card: checked, written, and announced. */
export const updateAutoshipWorkflow = createWorkflow("update-autoship", (input: UpdateAutoshipInput) => {
  const autoship = loadAutoshipStep(input)
  assertOfferedIntervalStep(transform({ input }, ({ input }) => ({ interval_days: input.changes.interval_days })))
  const patch = planAutoshipUpdateStep({ autoship, changes: input.changes })
  setAutoshipLinesStep(transform({ autoship, input }, ({ autoship, input }) => ({ autoship_id: autoship.id, lines: input.changes.lines })))
  const updated = updateAutoshipStep(patch)
  emitEventStep({ eventName: "autoship.updated", data: { id: autoship.id } })
  return new WorkflowResponse(updated)
})
