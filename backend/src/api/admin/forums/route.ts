import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminCreateForumBody, AdminForumListResponse, Validated } from "@supplement-store/contract"
import { ADMIN_FORUM_FIELDS, adminForum } from "../../../lib/forums/admin-present"
import { createForumWorkflow } from "../../../workflows/community/create-forum"

/** GET /admin/forums: every forum, archived ones too, in the index's order, with their counts. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "forum",
    fields: ADMIN_FORUM_FIELDS,
    pagination: { order: { rank: "ASC", created_at: "ASC" } },
  })
  const body: AdminForumListResponse = { forums: data.map(adminForum) }
  res.json(body)
}

/** POST /admin/forums: adds a forum, last in the index. */
export async function POST(req: AuthenticatedMedusaRequest<Validated<typeof AdminCreateForumBody>>, res: MedusaResponse) {
  const { result } = await createForumWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ forum: adminForum(result) })
}
