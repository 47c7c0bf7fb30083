import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { endLapsedPauses, renewDueAutoships } from "../lib/autoship/renew-due"

/**
 * Every 15 minutes: each autoship whose date (or payment retry) has come becomes one order, and
 * pauses past the 90-day grace end.
 */
export default async function renewAutoships(container: MedusaContainer) {
  const now = new Date()
  const { renewed, outcomes } = await renewDueAutoships(container, now)
  const ended = await endLapsedPauses(container, now)
  if (renewed || ended) {
    container.resolve(ContainerRegistrationKeys.LOGGER).info(`autoship: ${renewed} renewed ${JSON.stringify(outcomes)}, ${ended} lapsed pause(s) cancelled`)
  }
}

export const config = {
  name: "renew-autoships",
  schedule: "*/15 * * * *",
}
