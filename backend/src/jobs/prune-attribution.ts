import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ATTRIBUTION_MODULE } from "../modules/attribution"
import type AttributionModuleService from "../modules/attribution/service"
import { windowStart } from "../modules/attribution/window"

/**
 * Daily: reads and clicks older than the attribution window are deleted (nothing to undo, so no
 * workflow). Carts and orders keep what they were attributed; the aggregate keeps its counts.
 */
export default async function pruneAttribution(container: MedusaContainer) {
  const pruned = await container.resolve<AttributionModuleService>(ATTRIBUTION_MODULE).pruneBefore(windowStart(new Date()))
  container.resolve(ContainerRegistrationKeys.LOGGER).info(`Attribution: pruned ${pruned.reads} read(s) and ${pruned.clicks} click(s)`)
}

export const config = {
  name: "prune-attribution",
  schedule: "17 3 * * *",
}
