import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type AssertCartOwnerInput = { cart_id: string; customer_id: string }

/** Refuses a cart that is not the customer's own open cart. */
export const assertCartOwnerStep = createStep(
  "assert-cart-owner",
  async ({ cart_id, customer_id }: AssertCartOwnerInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "cart",
      fields: ["id", "customer_id", "completed_at"],
      filters: { id: cart_id },
    })
    const cart = data[0]
    if (!cart || cart.customer_id !== customer_id || cart.completed_at) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart ${cart_id} was not found`)
    }
    return new StepResponse(cart.id)
  }
)
