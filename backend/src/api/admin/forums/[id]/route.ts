import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminUpdateForumBody, Validated } from "@supplement-store/contract"
import { adminForum } from "../../../../lib/forums/admin-present"
import { updateForumWorkflow } from "../../../../workflows/community/update-forum"

/** POST /admin/forums/:id: renames, describes, archives (`archived: true`) or restores a forum. */
export async function POST(req: AuthenticatedMedusaRequest<Validated<typeof AdminUpdateForumBody>, { id: string }>, res: MedusaResponse) {
  const { result } = await updateForumWorkflow(req.scope).run({ input: { id: req.params.id, ...req.validatedBody } })
  res.json({ forum: adminForum(result) })
}
