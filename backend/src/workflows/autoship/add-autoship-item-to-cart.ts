import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { addToCartWorkflow } from "@medusajs/medusa/core-flows"
import { AUTOSHIP_LINE_METADATA_KEY } from "@supplement-store/contract"
import { assertCartAccessStep } from "./steps/assert-cart-access"
import { assertOfferedIntervalStep } from "./steps/assert-offered-interval"
import { priceAutoshipLineStep } from "./steps/price-autoship-line"

type AddAutoshipItemInput = { cart_id: string; customer_id?: string; variant_id: string; quantity: number; interval_days: number }

/**
 * Adds an autoship line to a cart: the store offers the interval, the shopper may change the cart,
 * and the line costs the member price (a custom unit price, which Medusa keeps when it reprices
 * the cart) with the interval in its metadata.
 */
export const addAutoshipItemToCartWorkflow = createWorkflow("add-autoship-item-to-cart", (input: AddAutoshipItemInput) => {
  assertOfferedIntervalStep(input)
  const cart = assertCartAccessStep(input)
  const price = priceAutoshipLineStep(
    transform({ cart, input }, ({ cart, input }) => ({ variant_id: input.variant_id, region_id: cart.region_id, currency_code: cart.currency_code }))
  )
  addToCartWorkflow.runAsStep({
    input: transform({ input, price }, ({ input, price }) => ({
      cart_id: input.cart_id,
      items: [
        {
          variant_id: input.variant_id,
          quantity: input.quantity,
          unit_price: price.unit_price,
          compare_at_unit_price: price.compare_at_unit_price,
          metadata: { [AUTOSHIP_LINE_METADATA_KEY]: input.interval_days },
        },
      ],
    })),
  })
  return new WorkflowResponse(cart)
})
