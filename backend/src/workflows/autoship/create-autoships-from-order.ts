import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createAutoshipsStep } from "./steps/create-autoships"
import { planAutoshipsFromOrderStep } from "./steps/plan-autoships-from-order"
import { syncClubMembershipStep } from "./steps/sync-club-membership"

/**
 * One autoship per interval among the order's autoship lines, from the order's customer, address and
 * payment; the customer joins the club. An order an autoship placed itself (a renewal) makes none.
 */
export const createAutoshipsFromOrderWorkflow = createWorkflow("create-autoships-from-order", (input: { order_id: string }) => {
  const planned = planAutoshipsFromOrderStep(input)
  const created = createAutoshipsStep(planned.autoships)

  when({ planned }, ({ planned }) => !!planned.customer_id && planned.autoships.length > 0).then(() => {
    syncClubMembershipStep({ customer_id: planned.customer_id! })
    emitEventStep({
      eventName: "autoship.created",
      data: transform({ created, input }, ({ created, input }) => ({ ids: created.map((a) => a.id), order_id: input.order_id })),
    })
  })
  return new WorkflowResponse(created)
})
