import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMUNITY_MODULE } from "../../../modules/community"
import type CommunityModuleService from "../../../modules/community/service"

export type CreateForumBanInput = { customer_id: string; reason: string; created_by: string | null }

/** Bans a customer from posting; a second ban is a 409. On rollback the ban goes. */
export const createForumBanStep = createStep(
  "create-forum-ban",
  async (input: CreateForumBanInput, { container }) => {
    const community = container.resolve<CommunityModuleService>(COMMUNITY_MODULE)
    if (await community.isBannedFromForums(input.customer_id)) {
      throw new MedusaError(MedusaError.Types.CONFLICT, "This customer is already banned from the forums")
    }
    const ban = await community.createForumBans(input)
    return new StepResponse(ban, ban.id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<CommunityModuleService>(COMMUNITY_MODULE).deleteForumBans(id)
    }
  }
)
