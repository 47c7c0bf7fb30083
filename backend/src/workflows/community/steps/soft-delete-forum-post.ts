import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMUNITY_MODULE } from "../../../modules/community"
import type CommunityModuleService from "../../../modules/community/service"

/** Staff delete a reply: it is soft-deleted with the reason kept. On rollback it is restored. */
export const softDeleteForumPostStep = createStep(
  "soft-delete-forum-post",
  async ({ id, reason }: { id: string; reason: string }, { container }) => {
    const community = container.resolve<CommunityModuleService>(COMMUNITY_MODULE)
    await community.updateForumPosts({ id, delete_reason: reason })
    await community.softDeleteForumPosts(id)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (id) {
      const community = container.resolve<CommunityModuleService>(COMMUNITY_MODULE)
      await community.restoreForumPosts(id)
      await community.updateForumPosts({ id, delete_reason: null })
    }
  }
)
