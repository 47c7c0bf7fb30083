import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { NEWS_MODULE } from "../../../modules/news"
import type NewsModuleService from "../../../modules/news/service"

/** Soft-deletes an article (NOT_FOUND when there is none); on rollback it is restored. */
export const deleteArticleStep = createStep(
  "delete-article",
  async (id: string, { container }) => {
    const news: NewsModuleService = container.resolve(NEWS_MODULE)
    await news.retrieveArticle(id, { select: ["id"] })
    await news.softDeleteArticles(id)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<NewsModuleService>(NEWS_MODULE).restoreArticles(id)
    }
  }
)
