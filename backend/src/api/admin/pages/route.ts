import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminCreatePageBody, AdminListPagesQuery, Validated } from "@supplement-store/contract"
import { createPageWorkflow } from "../../../workflows/pages/create-page"

export const ADMIN_PAGE_FIELDS = ["id", "handle", "title", "summary", "body", "published", "updated_at"]

/** GET /admin/pages: the store's pages, by handle. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery as Validated<typeof AdminListPagesQuery>
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: pages, metadata } = await query.graph({
    entity: "page",
    fields: ADMIN_PAGE_FIELDS,
    pagination: { skip: offset, take: limit, order: { handle: "ASC" } },
  })
  res.json({ pages, count: metadata?.count ?? pages.length, limit, offset })
}

/** POST /admin/pages: creates a page (a draft unless `published`). */
export async function POST(req: AuthenticatedMedusaRequest<Validated<typeof AdminCreatePageBody>>, res: MedusaResponse) {
  const { result } = await createPageWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ page: result })
}
