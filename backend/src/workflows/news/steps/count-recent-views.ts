import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { NEWS_MODULE } from "../../../modules/news"
import type NewsModuleService from "../../../modules/news/service"

/** Views per article id since a moment (counted by day). A read: nothing to undo. */
export const countRecentViewsStep = createStep("count-recent-views", async ({ since }: { since: string }, { container }) => {
  const views = await container.resolve<NewsModuleService>(NEWS_MODULE).countViewsSince(since.slice(0, 10))
  return new StepResponse(Object.fromEntries(views))
})
