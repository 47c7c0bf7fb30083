import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import type { ForumFollowResponse } from "@supplement-store/contract"
import { COMMUNITY_MODULE } from "../../../../../modules/community"
import type CommunityModuleService from "../../../../../modules/community/service"
import { followForumThreadWorkflow, unfollowForumThreadWorkflow } from "../../../../../workflows/community/follow-forum-thread"

/** GET /store/forum-threads/:handle/follow: whether the customer follows the thread. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<ForumFollowResponse>) {
  const [follow] = await req.scope
    .resolve<CommunityModuleService>(COMMUNITY_MODULE)
    .listForumFollows({ customer_id: req.auth_context.actor_id, thread: { handle: req.params.handle } }, { select: ["id"], take: 1 })
  res.json({ following: Boolean(follow) })
}

/** POST /store/forum-threads/:handle/follow: follow the thread (digests of new replies go to the account's email). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse<ForumFollowResponse>) {
  const { email } = await req.scope.resolve(Modules.CUSTOMER).retrieveCustomer(req.auth_context.actor_id)
  const { result } = await followForumThreadWorkflow(req.scope).run({
    input: { thread_handle: req.params.handle, customer_id: req.auth_context.actor_id, email },
  })
  res.json(result)
}

/** DELETE /store/forum-threads/:handle/follow: stop following. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse<ForumFollowResponse>) {
  const { result } = await unfollowForumThreadWorkflow(req.scope).run({
    input: { thread_handle: req.params.handle, customer_id: req.auth_context.actor_id },
  })
  res.json(result)
}
