import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminForumPostListResponse, AdminListForumPostsQuery, Validated } from "@supplement-store/contract"
import type { RemoteQueryFilters } from "@medusajs/framework/types"
import { ADMIN_FORUM_POST_FIELDS, adminForumPost } from "../../../lib/forums/admin-present"

type Filters = RemoteQueryFilters<"forum_post">

/** What waits for a moderator when no filter is given: pending and hidden posts, and reported ones. */
const QUEUE: Filters = { $or: [{ status: ["pending", "hidden"] }, { open_report_count: { $gt: 0 } }] }

/**
 * GET /admin/forum-posts[?status=&reported=&thread_id=]: the forum moderation queue, newest first,
 * each post with its thread and forum, the author's email and its open reports with their reasons.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { status, reported, thread_id, limit, offset } = req.validatedQuery as Validated<typeof AdminListForumPostsQuery>
  const filters: Filters = {
    ...(status ? { status } : {}),
    ...(reported === undefined ? {} : { open_report_count: reported ? { $gt: 0 } : 0 }),
    ...(thread_id ? { thread_id } : {}),
  }
  const { data, metadata } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "forum_post",
    fields: ADMIN_FORUM_POST_FIELDS,
    filters: Object.keys(filters).length ? filters : QUEUE,
    pagination: { skip: offset, take: limit, order: { created_at: "DESC", id: "DESC" } },
  })
  const body: AdminForumPostListResponse = { posts: data.map(adminForumPost), count: metadata?.count ?? data.length, limit, offset }
  res.json(body)
}
