import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMUNITY_MODULE } from "../../../modules/community"
import type CommunityModuleService from "../../../modules/community/service"

/**
 * Puts the forums in the given order (rank = position). Every forum must be named once, so no forum
 * is left with a rank from the old order. On rollback the old ranks come back.
 */
export const setForumRanksStep = createStep(
  "set-forum-ranks",
  async ({ ids }: { ids: string[] }, { container }) => {
    const community = container.resolve<CommunityModuleService>(COMMUNITY_MODULE)
    const forums = await community.listForums({}, { select: ["id", "rank"], take: null })
    const known = new Set(forums.map((forum) => forum.id))
    if (new Set(ids).size !== ids.length || ids.length !== known.size || ids.some((id) => !known.has(id))) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Give every forum's id exactly once, in the new order")
    }
    await community.updateForums(ids.map((id, rank) => ({ id, rank })))
    return new StepResponse(ids, forums.map(({ id, rank }) => ({ id, rank })))
  },
  async (before, { container }) => {
    if (before?.length) {
      await container.resolve<CommunityModuleService>(COMMUNITY_MODULE).updateForums(before)
    }
  }
)
