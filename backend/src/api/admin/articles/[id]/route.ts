import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { AdminUpdateArticleBody, Validated } from "@supplement-store/contract"
import ArticleProductLink from "../../../../links/article-product"
import { NEWS_MODULE } from "../../../../modules/news"
import type NewsModuleService from "../../../../modules/news/service"
import { deleteArticleWorkflow } from "../../../../workflows/news/delete-article"
import { updateArticleWorkflow } from "../../../../workflows/news/update-article"

async function articleWithProducts(req: AuthenticatedMedusaRequest, id: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "article",
    fields: ["*", "topic.id", "topic.name", "author.id", "author.name"],
    filters: { id },
  })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Article ${id} was not found`)
  }
  const { data: links } = await query.graph({
    entity: ArticleProductLink.entryPoint,
    fields: ["position", "product.id", "product.title", "product.handle", "product.thumbnail"],
    filters: { article_id: id },
  })
  const featured_products = links
    .sort((a: { position: number }, b: { position: number }) => a.position - b.position)
    .map((link: { product: unknown }) => link.product)
  return { ...data[0], featured_products }
}

/** GET /admin/articles/:id: the article with its featured products in order. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, { id: string }>, res: MedusaResponse) {
  res.json({ article: await articleWithProducts(req, req.params.id) })
}

/**
 * POST /admin/articles/:id: edits, publishes (`status: "published"`), schedules (`status: "scheduled"`
 * with a future `published_at`) or unpublishes (`status: "draft"`) an article.
 */
export async function POST(req: AuthenticatedMedusaRequest<Validated<typeof AdminUpdateArticleBody>, { id: string }>, res: MedusaResponse) {
  const { featured_product_ids, ...data } = req.validatedBody
  await req.scope.resolve<NewsModuleService>(NEWS_MODULE).retrieveArticle(req.params.id)
  await updateArticleWorkflow(req.scope).run({ input: { id: req.params.id, data, featured_product_ids } })
  res.json({ article: await articleWithProducts(req, req.params.id) })
}

/** DELETE /admin/articles/:id: deletes an article; search and the storefront drop it on `article.deleted`. */
export async function DELETE(req: AuthenticatedMedusaRequest<unknown, { id: string }>, res: MedusaResponse) {
  await deleteArticleWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "article", deleted: true })
}
