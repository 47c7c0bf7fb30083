import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { addToCartWorkflow, deleteLineItemsWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { AUTOSHIP_LINE_METADATA_KEY } from "@supplement-store/contract"
import { assertCartAccessStep } from "./steps/assert-cart-access"
import { assertOfferedIntervalStep } from "./steps/assert-offered-interval"
import { priceAutoshipLineStep } from "./steps/price-autoship-line"

type SetCartLineIntervalInput = { cart_id: string; line_id: string; customer_id?: string; interval_days: number | null }
type Line = { id: string; variant_id: string | null; quantity: number }

const findLineStep = createStep("find-cart-line", async ({ lines, line_id }: { lines: Line[]; line_id: string }) => {
  const line = lines.find((item) => item.id === line_id)
  if (!line?.variant_id) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Line ${line_id} is not in this cart`)
  }
  return new StepResponse({ ...line, variant_id: line.variant_id })
})

/**
 * Changes a cart line's interval, or makes it a one-time purchase (`null`): the line is replaced, so
 * its price follows (member price for autoship, the regular price otherwise).
 */
export const setCartLineIntervalWorkflow = createWorkflow("set-cart-line-interval", (input: SetCartLineIntervalInput) => {
  assertOfferedIntervalStep(input)
  const cart = assertCartAccessStep(input)
  const { data: carts } = useQueryGraphStep({ entity: "cart", fields: ["items.id", "items.variant_id", "items.quantity"], filters: { id: input.cart_id } })
  const line = findLineStep({ lines: transform({ carts }, ({ carts }) => (carts[0]?.items ?? []) as Line[]), line_id: input.line_id })
  const autoship = when({ input }, ({ input }) => input.interval_days !== null).then(() =>
    priceAutoshipLineStep(
      transform({ cart, line }, ({ cart, line }) => ({ variant_id: line.variant_id, region_id: cart.region_id, currency_code: cart.currency_code }))
    )
  )
  deleteLineItemsWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ cart_id: input.cart_id, ids: [input.line_id] })) })
  addToCartWorkflow.runAsStep({
    input: transform({ input, line, autoship }, ({ input, line, autoship }) => ({
      cart_id: input.cart_id,
      items: [
        autoship
          ? {
              variant_id: line.variant_id,
              quantity: line.quantity,
              unit_price: autoship.unit_price,
              compare_at_unit_price: autoship.compare_at_unit_price,
              metadata: { [AUTOSHIP_LINE_METADATA_KEY]: input.interval_days },
            }
          : { variant_id: line.variant_id, quantity: line.quantity },
      ],
    })),
  })
  return new WorkflowResponse(cart)
})
