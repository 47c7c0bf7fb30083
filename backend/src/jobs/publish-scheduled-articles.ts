import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { publishScheduledArticlesWorkflow } from "../workflows/news/publish-scheduled-articles"

/** Every minute: scheduled articles go live once their publication time has passed. */
export default async function publishScheduledArticles(container: MedusaContainer) {
  const { result } = await publishScheduledArticlesWorkflow(container).run({ input: { now: new Date() } })
  if (result.length) {
    container.resolve(ContainerRegistrationKeys.LOGGER).info(`Published ${result.length} scheduled article(s)`)
  }
}

export const config = {
  name: "publish-scheduled-articles",
  schedule: "* * * * *",
}
