import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMUNITY_MODULE } from "../../../modules/community"
import type CommunityModuleService from "../../../modules/community/service"

export type FoundForumPost = { id: string; thread_id: string; is_first: boolean }

/** The post staff act on, or a 404. */
export const findForumPostStep = createStep("find-forum-post", async ({ id }: { id: string }, { container }) => {
  const [post] = await container
    .resolve<CommunityModuleService>(COMMUNITY_MODULE)
    .listForumPosts({ id }, { select: ["id", "thread_id", "is_first"] })
  if (!post) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Forum post ${id} was not found`)
  }
  return new StepResponse<FoundForumPost>({ id: post.id, thread_id: post.thread_id, is_first: post.is_first })
})
