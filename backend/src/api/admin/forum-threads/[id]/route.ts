import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminUpdateForumThreadBody, Validated } from "@supplement-store/contract"
import { ADMIN_FORUM_THREAD_FIELDS, adminForumThread } from "../../../../lib/forums/admin-present"
import { updateForumThreadWorkflow } from "../../../../workflows/community/update-forum-thread"

/** POST /admin/forum-threads/:id: pin, lock, retitle or move (`forum_id`) a thread. */
export async function POST(req: AuthenticatedMedusaRequest<Validated<typeof AdminUpdateForumThreadBody>, { id: string }>, res: MedusaResponse) {
  await updateForumThreadWorkflow(req.scope).run({ input: { id: req.params.id, ...req.validatedBody } })
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "forum_thread",
    fields: ADMIN_FORUM_THREAD_FIELDS,
    filters: { id: req.params.id },
  })
  res.json({ thread: adminForumThread(data[0]) })
}
