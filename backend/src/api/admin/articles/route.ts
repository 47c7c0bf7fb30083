import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminCreateArticleBody, AdminListArticlesQuery, Validated } from "@supplement-store/contract"
import { createArticleWorkflow } from "../../../workflows/news/create-article"

export const ADMIN_ARTICLE_FIELDS = [
  "id",
  "handle",
  "title",
  "summary",
  "status",
  "published_at",
  "view_count",
  "updated_at",
  "topic.id",
  "topic.name",
  "author.id",
  "author.name",
]

/** GET /admin/articles?status=&q=: articles for the newsroom desk, most recently edited first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { status, q, limit, offset } = req.validatedQuery as Validated<typeof AdminListArticlesQuery>
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: articles, metadata } = await query.graph({
    entity: "article",
    fields: ADMIN_ARTICLE_FIELDS,
    filters: { ...(status ? { status } : {}), ...(q ? { q } : {}) } as Record<string, unknown>,
    pagination: { skip: offset, take: limit, order: { updated_at: "DESC" } },
  })
  res.json({ articles, count: metadata?.count ?? articles.length, limit, offset })
}

/** POST /admin/articles: creates an article (a draft unless told otherwise). */
export async function POST(req: AuthenticatedMedusaRequest<Validated<typeof AdminCreateArticleBody>>, res: MedusaResponse) {
  const { result } = await createArticleWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ article: result })
}
