import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { ListArticlesQuery, Validated } from "@supplement-store/contract"
import { NEWS_MODULE } from "../../../modules/news"
import type NewsModuleService from "../../../modules/news/service"
import { publishedFilter } from "../../../modules/news/published"
import { ARTICLE_LIST_FIELDS } from "./queries"

/** GET /store/articles: published articles, newest first, optionally of one topic (`?topic=handle`). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { topic, limit, offset } = req.validatedQuery as Validated<typeof ListArticlesQuery>
  let topicId: string | undefined
  if (topic) {
    const [found] = await req.scope.resolve<NewsModuleService>(NEWS_MODULE).listTopics({ handle: topic })
    if (!found) {
      return res.json({ articles: [], count: 0, limit, offset })
    }
    topicId = found.id
  }

  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: articles, metadata } = await query.graph({
    entity: "article",
    fields: ARTICLE_LIST_FIELDS,
    filters: { ...publishedFilter(), ...(topicId ? { topic_id: topicId } : {}) },
    pagination: { skip: offset, take: limit, order: { published_at: "DESC" } },
  })
  res.json({ articles, count: metadata?.count ?? articles.length, limit, offset })
}
