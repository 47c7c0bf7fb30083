import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import ArticleProductLink from "../../../../../links/article-product"
import { publishedFilter } from "../../../../../modules/news/published"
import { ARTICLE_LIST_FIELDS } from "../../../articles/queries"

/** GET /store/products/:id/articles: published articles that feature the product, newest first. */
export async function GET(req: MedusaRequest<unknown, { id: string }>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({
    entity: ArticleProductLink.entryPoint,
    fields: ["article_id"],
    filters: { product_id: req.params.id },
  })
  if (!links.length) {
    return res.json({ articles: [] })
  }
  const { data: articles } = await query.graph({
    entity: "article",
    fields: ARTICLE_LIST_FIELDS,
    filters: { id: links.map((link: { article_id: string }) => link.article_id), ...publishedFilter() },
    pagination: { take: 10, order: { published_at: "DESC" } },
  })
  res.json({ articles })
}
