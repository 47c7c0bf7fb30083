import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

export const STORE_PAGE_FIELDS = ["id", "handle", "title", "summary", "body", "updated_at"]

/** GET /store/pages/:handle: a published page. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [page] } = await query.graph({
    entity: "page",
    fields: STORE_PAGE_FIELDS,
    filters: { handle: req.params.handle, published: true },
  })
  if (!page) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "This page was not found")
  }
  res.json({ page })
}
