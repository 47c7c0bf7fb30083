import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { publishedFilter } from "../../modules/news/published"
import { TRENDING_WINDOW_DAYS, trendingScore } from "../../modules/news/trending"
import { countRecentEngagementStep } from "../community/steps/count-recent-engagement"
import { countRecentViewsStep } from "./steps/count-recent-views"

/** How many of the newest articles are candidates besides those with recent engagement. */
const RECENT_CANDIDATES = 30
const DAY_MS = 86_400_000

/** `fields` are the article fields the caller answers with; `published_at` must be among them. */
export type ListTrendingArticlesInput = { limit: number; fields: string[] }

type Candidate = { id: string; published_at: Date | string | null }
type Signals = {
  views: Record<string, number>
  engagement: Record<string, { votes: number; comments: number }>
}

/** The candidates by trending score, best first, each with its score. */
function rankByTrendingScore<T extends Candidate>(candidates: T[], { views, engagement }: Signals, limit: number) {
  const now = Date.now()
  return candidates
    .map((article) => ({
      ...article,
      trending_score: trendingScore({
        views: views[article.id] ?? 0,
        ...engagement[article.id],
        ageHours: (now - new Date(article.published_at!).getTime()) / 3_600_000,
      }),
    }))
    .sort((a, b) => b.trending_score - a.trending_score)
    .slice(0, limit)
}

/**
 * The published articles with the most engagement lately (views, votes, approved comments), scored by
 * `trendingScore`. Candidates: whatever was read or discussed lately, plus the newest articles so a
 * quiet week still has a list.
 */
export const listTrendingArticlesWorkflow = createWorkflow("list-trending-articles", (input: ListTrendingArticlesInput) => {
  const since = transform({ input }, () => new Date(Date.now() - TRENDING_WINDOW_DAYS * DAY_MS).toISOString())
  const views = countRecentViewsStep({ since })
  const engagement = countRecentEngagementStep({ since })

  const { data: engaged } = useQueryGraphStep({
    entity: "article",
    fields: input.fields,
    filters: transform({ views, engagement }, ({ views, engagement }) => ({
      id: [...new Set([...Object.keys(views), ...Object.keys(engagement)])],
      ...publishedFilter(),
    })),
  }).config({ name: "engaged-articles" })
  const { data: recent } = useQueryGraphStep({
    entity: "article",
    fields: input.fields,
    filters: transform({ input }, () => publishedFilter()),
    pagination: { take: RECENT_CANDIDATES, order: { published_at: "DESC" } },
  }).config({ name: "recent-articles" })

  const articles = transform({ engaged, recent, views, engagement, input }, ({ engaged, recent, views, engagement, input }) => {
    const candidates = new Map([...recent, ...engaged].map((article) => [article.id, article as Candidate]))
    return rankByTrendingScore([...candidates.values()], { views, engagement }, input.limit)
  })
  return new WorkflowResponse(articles)
})
