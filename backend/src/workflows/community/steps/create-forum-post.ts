import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ForumPostStatus } from "@supplement-store/contract"
import { COMMUNITY_MODULE } from "../../../modules/community"
import type CommunityModuleService from "../../../modules/community/service"

export type CreateForumPostStepInput = {
  thread_id: string
  is_first: boolean
  customer_id: string
  author_name: string
  email: string
  body: string
  quote_post_id?: string | null
  client_hash: string
  status: ForumPostStatus
  spam_reason: string | null
}

/** Writes a post as the rules decided it (an approved one gets its number from approveForumPostStep). On rollback it goes. */
export const createForumPostStep = createStep(
  "create-forum-post",
  async ({ status, ...input }: CreateForumPostStepInput, { container }) => {
    const post = await container
      .resolve<CommunityModuleService>(COMMUNITY_MODULE)
      .createForumPosts({ ...input, status: status === "approved" ? "pending" : status })
    return new StepResponse(post, post.id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<CommunityModuleService>(COMMUNITY_MODULE).deleteForumPosts(id)
    }
  }
)
