import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { NEWS_MODULE } from "../../../modules/news"
import type NewsModuleService from "../../../modules/news/service"
import { toModelData, withPublicationDate, type ArticleData } from "../types"

export type UpdateArticleStepInput = { id: string; data: Partial<ArticleData> }

const EDITABLE: (keyof ArticleData)[] = [
  "handle",
  "title",
  "summary",
  "body",
  "hero_image",
  "status",
  "published_at",
  "source_text",
  "source_url",
  "citations",
  "topic_id",
  "author_id",
]

/** Updates an article; on rollback puts back the fields it changed. */
export const updateArticleStep = createStep(
  "update-article",
  async ({ id, data }: UpdateArticleStepInput, { container }) => {
    const news: NewsModuleService = container.resolve(NEWS_MODULE)
    const before = await news.retrieveArticle(id)
    data = withPublicationDate(data, before.published_at)
    const previous = Object.fromEntries(
      EDITABLE.filter((key) => key in data).map((key) => [key, (before as Record<string, unknown>)[key]])
    )
    const article = await news.updateArticles({ id, ...toModelData(data) })
    return new StepResponse({ article, previousStatus: before.status }, { id, previous })
  },
  async (undo, { container }) => {
    if (undo) {
      await container.resolve<NewsModuleService>(NEWS_MODULE).updateArticles({ id: undo.id, ...toModelData(undo.previous) })
    }
  }
)
