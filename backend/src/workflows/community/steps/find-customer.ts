import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** The customer staff act on, or a 404. */
export const findCustomerStep = createStep("find-customer", async ({ id }: { id: string }, { container }) => {
  const [customer] = await container.resolve(Modules.CUSTOMER).listCustomers({ id }, { select: ["id"] })
  if (!customer) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer ${id} was not found`)
  }
  return new StepResponse(customer.id)
})
