import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { TrendingArticlesQuery, Validated } from "@supplement-store/contract"
import { COMMUNITY_MODULE } from "../../../../modules/community"
import type CommunityModuleService from "../../../../modules/community/service"
import { NEWS_MODULE } from "../../../../modules/news"
import type NewsModuleService from "../../../../modules/news/service"
import { TRENDING_WINDOW_DAYS, trendingScore } from "../../../../modules/news/trending"
import { ARTICLE_LIST_FIELDS, publishedFilter } from "../queries"

const RECENT_CANDIDATES = 30

/**
 * GET /store/articles/trending: the published articles with the most engagement lately (views,
 * votes, approved comments), scored by `trendingScore`.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { limit } = req.validatedQuery as Validated<typeof TrendingArticlesQuery>
  const news: NewsModuleService = req.scope.resolve(NEWS_MODULE)
  const now = new Date()
  const windowStart = new Date(now.getTime() - TRENDING_WINDOW_DAYS * 86_400_000)
  const [views, engagement] = await Promise.all([
    news.countViewsSince(windowStart.toISOString().slice(0, 10)),
    req.scope.resolve<CommunityModuleService>(COMMUNITY_MODULE).engagementSince(windowStart, null),
  ])

  // Candidates: whatever was read lately, plus the newest articles so a quiet week still has a list.
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: viewed }, { data: recent }] = await Promise.all([
    query.graph({
      entity: "article",
      fields: ARTICLE_LIST_FIELDS,
      filters: { id: [...new Set([...views.keys(), ...engagement.keys()])], ...publishedFilter(now) },
    }),
    query.graph({
      entity: "article",
      fields: ARTICLE_LIST_FIELDS,
      filters: publishedFilter(now),
      pagination: { take: RECENT_CANDIDATES, order: { published_at: "DESC" } },
    }),
  ])
  const candidates = new Map([...recent, ...viewed].map((article) => [article.id, article]))

  const articles = [...candidates.values()]
    .map((article) => ({
      ...article,
      trending_score: trendingScore({
        views: views.get(article.id) ?? 0,
        ...engagement.get(article.id),
        ageHours: (now.getTime() - new Date(article.published_at!).getTime()) / 3_600_000,
      }),
    }))
    .sort((a, b) => b.trending_score - a.trending_score)
    .slice(0, limit)
  res.json({ articles })
}
