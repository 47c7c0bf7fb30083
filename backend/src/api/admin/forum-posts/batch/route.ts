import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminModerateForumPostsBody, Validated } from "@supplement-store/contract"
import { moderateForumPostsWorkflow } from "../../../../workflows/community/moderate-forum-posts"

/** POST /admin/forum-posts/batch with `{ ids, status }`: bulk decisions from the queue. */
export async function POST(req: AuthenticatedMedusaRequest<Validated<typeof AdminModerateForumPostsBody>>, res: MedusaResponse) {
  const { result } = await moderateForumPostsWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ ids: result.posts.map((post) => post.id), status: req.validatedBody.status })
}
