import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminCreateForumBanBody, AdminForumBanListResponse, AdminListForumBansQuery, Validated } from "@supplement-store/contract"
import { ADMIN_FORUM_BAN_FIELDS, adminForumBan } from "../../../lib/forums/admin-present"
import { banForumCustomerWorkflow } from "../../../workflows/community/ban-forum-customer"

/** GET /admin/forum-bans: customers banned from posting, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery as Validated<typeof AdminListForumBansQuery>
  const { data, metadata } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "forum_ban",
    fields: ADMIN_FORUM_BAN_FIELDS,
    pagination: { skip: offset, take: limit, order: { created_at: "DESC", id: "DESC" } },
  })
  const body: AdminForumBanListResponse = { bans: data.map(adminForumBan), count: metadata?.count ?? data.length, limit, offset }
  res.json(body)
}

/** POST /admin/forum-bans: the customer posts no more and their waiting posts go to spam; 409 when already banned. */
export async function POST(req: AuthenticatedMedusaRequest<Validated<typeof AdminCreateForumBanBody>>, res: MedusaResponse) {
  const { result } = await banForumCustomerWorkflow(req.scope).run({
    input: { ...req.validatedBody, created_by: req.auth_context?.actor_id ?? null },
  })
  res.status(201).json({ ban: adminForumBan(result.ban), spammed: result.spammed.map((post) => post.id) })
}
