import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FieldError } from "../../../lib/field-error"

export type AlertAddressInput = { customer_id?: string | null; email?: string }
type AlertAddress = { email: string; customer_id: string | null }

/** Where an alert goes: a customer's account email whatever the body says; a guest's own address, which they must give. */
export const resolveAlertAddressStep = createStep("resolve-stock-alert-address", async ({ customer_id, email }: AlertAddressInput, { container }) => {
  if (customer_id) {
    const customer = await container.resolve(Modules.CUSTOMER).retrieveCustomer(customer_id, { select: ["id", "email"] })
    return new StepResponse<AlertAddress>({ email: customer.email.trim().toLowerCase(), customer_id })
  }
  if (!email) {
    throw new FieldError({ email: "Enter your email address" })
  }
  return new StepResponse<AlertAddress>({ email: email.trim().toLowerCase(), customer_id: null })
})
