import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { ArticleQuery, Validated } from "@supplement-store/contract"
import { publishedFilter } from "../../../../modules/news/published"
import { ARTICLE_DETAIL_FIELDS, featuredProducts } from "../queries"

/** GET /store/articles/:handle: a published article with its featured products priced for the region. */
export async function GET(req: MedusaRequest<unknown, { handle: string }>, res: MedusaResponse) {
  const { region_id } = req.validatedQuery as Validated<typeof ArticleQuery>
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "article",
    fields: ARTICLE_DETAIL_FIELDS,
    filters: { handle: req.params.handle, ...publishedFilter() },
  })
  const article = data[0]
  if (!article) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Article "${req.params.handle}" was not found`)
  }
  res.json({ article: { ...article, featured_products: await featuredProducts(req.scope, article.id, region_id) } })
}
