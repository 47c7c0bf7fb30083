import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ForumUnfollowResponse, ForumUnfollowTokenBody, Validated } from "@supplement-store/contract"
import { COMMUNITY_MODULE } from "../../../../modules/community"
import type CommunityModuleService from "../../../../modules/community/service"
import { FieldError } from "../../../../lib/field-error"
import { unfollowForumThreadWorkflow } from "../../../../workflows/community/unfollow-forum-thread"

/** POST /store/forum-follows/unsubscribe: the signed link of a digest stops the follow (idempotent). */
export async function POST(req: MedusaRequest<Validated<typeof ForumUnfollowTokenBody>>, res: MedusaResponse) {
  const community = req.scope.resolve<CommunityModuleService>(COMMUNITY_MODULE)
  const { follow_id, thread_id } = community.readForumUnfollowToken(req.validatedBody.token)
  const [thread] = await community.listForumThreads({ id: thread_id }, { select: ["handle", "title"], withDeleted: true })
  if (!thread) {
    throw new FieldError({ token: "This link is not valid. Please use the link from your latest email." })
  }
  await unfollowForumThreadWorkflow(req.scope).run({ input: { follow_id } })
  const body: ForumUnfollowResponse = { following: false, thread: { handle: thread.handle, title: thread.title } }
  res.json(body)
}
