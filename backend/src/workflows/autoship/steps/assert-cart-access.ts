import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type CartAccessInput = { cart_id: string; customer_id?: string }

/**
 * The cart, if this shopper may change it: an open cart that is a guest's or the logged-in
 * customer's own (as Medusa's own cart routes decide); otherwise a 404.
 */
export const assertCartAccessStep = createStep("assert-cart-access", async ({ cart_id, customer_id }: CartAccessInput, { container }) => {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    fields: ["id", "region_id", "currency_code", "completed_at", "customer_id", "customer.has_account"],
    filters: { id: cart_id },
  })
  const cart = data[0]
  const someoneElses = cart?.customer?.has_account && cart.customer_id !== customer_id
  if (!cart || cart.completed_at || someoneElses) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart ${cart_id} was not found`)
  }
  return new StepResponse({ id: cart.id, region_id: cart.region_id as string, currency_code: cart.currency_code as string })
})
