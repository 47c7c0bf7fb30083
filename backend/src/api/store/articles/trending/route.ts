import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listTrendingArticlesWorkflow } from "../../../../workflows/news/list-trending-articles"
import { ARTICLE_LIST_FIELDS } from "../queries"
import type { StoreTrendingParamsType } from "../validators"

/**
 * GET /store/articles/trending: the published articles with the most engagement lately (views,
 * votes, approved comments), scored by `trendingScore`.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const { limit } = req.validatedQuery as StoreTrendingParamsType
  const { result: articles } = await listTrendingArticlesWorkflow(req.scope).run({
    input: { limit, fields: ARTICLE_LIST_FIELDS },
  })
  res.json({ articles })
}
