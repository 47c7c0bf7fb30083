import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { AdminModerateForumPostBody, Validated } from "@supplement-store/contract"
import { ADMIN_FORUM_POST_FIELDS, adminForumPost } from "../../../../lib/forums/admin-present"
import { moderateForumPostsWorkflow } from "../../../../workflows/community/moderate-forum-posts"

/** POST /admin/forum-posts/:id with `{ status }`: a moderator's decision on one post (its open reports are resolved). */
export async function POST(req: AuthenticatedMedusaRequest<Validated<typeof AdminModerateForumPostBody>, { id: string }>, res: MedusaResponse) {
  const { result } = await moderateForumPostsWorkflow(req.scope).run({ input: { ids: [req.params.id], status: req.validatedBody.status } })
  if (!result.posts.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Forum post ${req.params.id} was not found`)
  }
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "forum_post",
    fields: ADMIN_FORUM_POST_FIELDS,
    filters: { id: req.params.id },
  })
  res.json({ post: adminForumPost(data[0]) })
}
