import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMUNITY_MODULE } from "../../../modules/community"
import type CommunityModuleService from "../../../modules/community/service"

/**
 * Shows a post: approved, with the next number of its thread the first time. On rollback it waits
 * again (its number, once given, stays its own).
 */
export const approveForumPostStep = createStep(
  "approve-forum-post",
  async ({ id }: { id: string }, { container }) => {
    const shown = await container.resolve<CommunityModuleService>(COMMUNITY_MODULE).approveForumPost(id)
    return new StepResponse(shown, id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<CommunityModuleService>(COMMUNITY_MODULE).updateForumPosts({ id, status: "pending" })
    }
  }
)
