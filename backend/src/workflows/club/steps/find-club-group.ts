import { Modules, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CLUB } from "../../../lib/club"

export const findClubGroupStep = createStep("find-club-group", async (_: void, { container }) => {
  const [group] = await container.resolve(Modules.CUSTOMER).listCustomerGroups({ name: CLUB.group })
  if (!group) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `The ${CLUB.group} is not set up in this store`)
  }
  return new StepResponse(group)
})
