import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { remindDueAutoships } from "../lib/autoship/remind-due"

/** Hourly: a reminder, with a signed skip link, a few days before each autoship shipment. */
export default async function remindAutoships(container: MedusaContainer) {
  const { sent } = await remindDueAutoships(container, new Date())
  if (sent) {
    container.resolve(ContainerRegistrationKeys.LOGGER).info(`autoship: ${sent} reminders sent`)
  }
}

export const config = {
  name: "remind-autoships",
  schedule: "0 * * * *",
}
