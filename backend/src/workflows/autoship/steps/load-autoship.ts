import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AUTOSHIP_MODULE } from "../../../modules/autoship"
import type AutoshipModuleService from "../../../modules/autoship/service"

export type LoadAutoshipInput = { autoship_id: string; customer_id?: string }

/** The autoship with its lines; a 404 when it does not exist or (store routes) is not the customer's. */
export const loadAutoshipStep = createStep("load-autoship", async ({ autoship_id, customer_id }: LoadAutoshipInput, { container }) => {
  const [autoship] = await container
    .resolve<AutoshipModuleService>(AUTOSHIP_MODULE)
    .listAutoships({ id: autoship_id }, { relations: ["lines"] })
  if (!autoship || (customer_id !== undefined && autoship.customer_id !== customer_id)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Autoship ${autoship_id} was not found`)
  }
  return new StepResponse(autoship)
})
