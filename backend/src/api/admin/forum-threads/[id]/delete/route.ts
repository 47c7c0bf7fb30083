import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminDeleteForumContentBody, Validated } from "@supplement-store/contract"
import { deleteForumThreadWorkflow } from "../../../../../workflows/community/delete-forum-thread"

/** POST /admin/forum-threads/:id/delete with `{ reason }`: the thread and its posts go. */
export async function POST(req: AuthenticatedMedusaRequest<Validated<typeof AdminDeleteForumContentBody>, { id: string }>, res: MedusaResponse) {
  await deleteForumThreadWorkflow(req.scope).run({ input: { id: req.params.id, reason: req.validatedBody.reason } })
  res.json({ id: req.params.id, deleted: true })
}
