import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { TrendingArticlesQuery, Validated } from "@supplement-store/contract"
import { listTrendingArticlesWorkflow } from "../../../../workflows/news/list-trending-articles"
import { ARTICLE_LIST_FIELDS } from "../queries"

/**
 * GET /store/articles/trending: the published articles with the most engagement lately (views,
 * votes, approved comments), scored by `trendingScore`.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { limit } = req.validatedQuery as Validated<typeof TrendingArticlesQuery>
  const { result: articles } = await listTrendingArticlesWorkflow(req.scope).run({
    input: { limit, fields: ARTICLE_LIST_FIELDS },
  })
  res.json({ articles })
}
