import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMUNITY_MODULE } from "../../../modules/community"
import type CommunityModuleService from "../../../modules/community/service"

/** Ends a follow, if it still runs; undone, it runs again. */
export const removeForumFollowStep = createStep(
  "remove-forum-follow",
  async ({ follow_id }: { follow_id: string }, { container }) => {
    const community = container.resolve<CommunityModuleService>(COMMUNITY_MODULE)
    const [follow] = await community.listForumFollows({ id: follow_id }, { select: ["id"] })
    if (!follow) {
      return new StepResponse(false, null as string | null)
    }
    await community.softDeleteForumFollows([follow.id])
    return new StepResponse(true, follow.id as string | null)
  },
  async (followId, { container }) => {
    if (followId) {
      await container.resolve<CommunityModuleService>(COMMUNITY_MODULE).restoreForumFollows([followId])
    }
  }
)
