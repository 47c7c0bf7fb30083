import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminDeleteForumContentBody, Validated } from "@supplement-store/contract"
import { deleteForumPostWorkflow } from "../../../../../workflows/community/delete-forum-post"

/** POST /admin/forum-posts/:id/delete with `{ reason }`: deleting a thread's first post deletes the thread. */
export async function POST(req: AuthenticatedMedusaRequest<Validated<typeof AdminDeleteForumContentBody>, { id: string }>, res: MedusaResponse) {
  const { result } = await deleteForumPostWorkflow(req.scope).run({ input: { id: req.params.id, reason: req.validatedBody.reason } })
  res.json({ id: result.id, deleted: true, thread_deleted: result.thread_deleted })
}
