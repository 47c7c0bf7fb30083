import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { renewDueAutoships } from "../lib/autoship/renew-due"

/** Every 15 minutes: each autoship whose date (or payment retry) has come becomes one order. */
export default async function renewAutoships(container: MedusaContainer) {
  const { renewed, outcomes } = await renewDueAutoships(container, new Date())
  if (renewed) {
    container.resolve(ContainerRegistrationKeys.LOGGER).info(`autoship: ${renewed} due, ${JSON.stringify(outcomes)}`)
  }
}

export const config = {
  name: "renew-autoships",
  schedule: "*/15 * * * *",
}
