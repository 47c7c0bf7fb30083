import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminUpdatePageBody, Validated } from "@supplement-store/contract"
import { PAGES_MODULE } from "../../../../modules/pages"
import type PagesModuleService from "../../../../modules/pages/service"
import { deletePageWorkflow } from "../../../../workflows/pages/delete-page"
import { updatePageWorkflow } from "../../../../workflows/pages/update-page"

/** GET /admin/pages/:id */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const page = await req.scope.resolve<PagesModuleService>(PAGES_MODULE).retrievePage(req.params.id)
  res.json({ page })
}

/** POST /admin/pages/:id: edits a page; the storefront drops its cached copy. */
export async function POST(req: AuthenticatedMedusaRequest<Validated<typeof AdminUpdatePageBody>>, res: MedusaResponse) {
  const { result } = await updatePageWorkflow(req.scope).run({ input: { id: req.params.id, data: req.validatedBody } })
  res.json({ page: result })
}

/** DELETE /admin/pages/:id */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await deletePageWorkflow(req.scope).run({ input: req.params.id })
  res.json({ id: req.params.id, object: "page", deleted: true })
}
