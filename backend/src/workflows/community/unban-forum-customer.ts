import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { removeForumBanStep } from "./steps/remove-forum-ban"

/** Staff let a customer post again; what went to spam stays there. */
export const unbanForumCustomerWorkflow = createWorkflow("unban-forum-customer", (input: { customer_id: string }) => {
  const id = removeForumBanStep(input)
  return new WorkflowResponse(id)
})
