import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { NEWS_MODULE } from "../../../modules/news"
import type NewsModuleService from "../../../modules/news/service"

export const publishDueArticlesStep = createStep(
  "publish-due-articles",
  async ({ now }: { now: Date }, { container }) => {
    const news: NewsModuleService = container.resolve(NEWS_MODULE)
    const due = await news.listArticles({ status: "scheduled", published_at: { $lte: now } }, { select: ["id"] })
    const ids = due.map((article) => article.id)
    if (ids.length) {
      await news.updateArticles({ selector: { id: ids }, data: { status: "published" } })
    }
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (ids?.length) {
      await container
        .resolve<NewsModuleService>(NEWS_MODULE)
        .updateArticles({ selector: { id: ids }, data: { status: "scheduled" } })
    }
  }
)
