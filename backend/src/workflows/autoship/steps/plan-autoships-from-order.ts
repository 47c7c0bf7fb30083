import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { autoshipsFromOrder, ORDER_FIELDS_FOR_AUTOSHIP, type OrderForAutoship } from "../../../lib/autoship/from-order"

/**
 * The autoships an order starts. Read here rather than through a query step: the order's quantities
 * are BigNumbers, which do not survive the copy a workflow makes of a step's result.
 */
export const planAutoshipsFromOrderStep = createStep("plan-autoships-from-order", async ({ order_id }: { order_id: string }, { container }) => {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ORDER_FIELDS_FOR_AUTOSHIP,
    filters: { id: order_id },
  })
  return new StepResponse(autoshipsFromOrder(data[0] as unknown as OrderForAutoship))
})
