import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { NEWS_MODULE } from "../../../modules/news"
import type NewsModuleService from "../../../modules/news/service"
import { toModelData, withPublicationDate, type ArticleData } from "../types"

export const createArticleStep = createStep(
  "create-article",
  async (data: ArticleData, { container }) => {
    const news: NewsModuleService = container.resolve(NEWS_MODULE)
    const article = await news.createArticles(toModelData(withPublicationDate(data)))
    return new StepResponse(article, article.id)
  },
  async (articleId, { container }) => {
    if (articleId) {
      await container.resolve<NewsModuleService>(NEWS_MODULE).deleteArticles(articleId)
    }
  }
)
