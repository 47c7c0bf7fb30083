import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMUNITY_MODULE } from "../../../modules/community"
import type CommunityModuleService from "../../../modules/community/service"

/** Lifts a customer's ban (soft-deleted, so its history stays); 404 without one. On rollback it holds again. */
export const removeForumBanStep = createStep(
  "remove-forum-ban",
  async ({ customer_id }: { customer_id: string }, { container }) => {
    const community = container.resolve<CommunityModuleService>(COMMUNITY_MODULE)
    const [ban] = await community.listForumBans({ customer_id }, { select: ["id"] })
    if (!ban) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "This customer is not banned from the forums")
    }
    await community.softDeleteForumBans(ban.id)
    return new StepResponse(ban.id, ban.id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<CommunityModuleService>(COMMUNITY_MODULE).restoreForumBans(id)
    }
  }
)
