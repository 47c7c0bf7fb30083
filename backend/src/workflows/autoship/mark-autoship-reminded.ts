import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateAutoshipStep } from "./steps/update-autoship"

/** Records that the reminder for this shipment date went out, so the next run does not send it again. */
export const markAutoshipRemindedWorkflow = createWorkflow("mark-autoship-reminded", (input: { id: string; reminded_for: Date }) => {
  return new WorkflowResponse(updateAutoshipStep(input))
})
