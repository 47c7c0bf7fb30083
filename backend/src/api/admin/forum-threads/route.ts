import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminForumThreadListResponse, AdminListForumThreadsQuery, Validated } from "@supplement-store/contract"
import { ADMIN_FORUM_THREAD_FIELDS, adminForumThread } from "../../../lib/forums/admin-present"

/** GET /admin/forum-threads[?forum_id=&q=]: threads of every status, pinned first, then by last activity. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { forum_id, q, limit, offset } = req.validatedQuery as Validated<typeof AdminListForumThreadsQuery>
  const { data, metadata } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "forum_thread",
    fields: ADMIN_FORUM_THREAD_FIELDS,
    filters: {
      ...(forum_id ? { forum_id } : {}),
      // The words are a pattern only through their own letters: % and _ match themselves.
      ...(q ? { title: { $ilike: `%${q.replace(/[\\%_]/g, "\\$&")}%` } } : {}),
    },
    pagination: { skip: offset, take: limit, order: { pinned: "DESC", last_post_at: "DESC", id: "DESC" } },
  })
  const body: AdminForumThreadListResponse = { threads: data.map(adminForumThread), count: metadata?.count ?? data.length, limit, offset }
  res.json(body)
}
