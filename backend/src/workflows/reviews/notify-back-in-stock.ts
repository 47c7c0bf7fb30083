import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { claimRestockAlertsStep } from "./steps/claim-restock-alerts"
import { findAlertedVariantsStep } from "./steps/find-alerted-variants"
import { mailBackInStockStep } from "./steps/mail-back-in-stock"

/**
 * After a stock change of inventory items: the variants readers wait for are measured, a restock
 * claims the oldest waiting alerts it can serve (units plus the margin), and each gets its one mail.
 */
export const notifyBackInStockWorkflow = createWorkflow("notify-back-in-stock", (input: { inventory_item_ids: string[] }) => {
  const variants = findAlertedVariantsStep(input.inventory_item_ids)
  const claims = claimRestockAlertsStep(variants)
  return new WorkflowResponse(mailBackInStockStep(claims))
})
