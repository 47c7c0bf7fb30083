import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMUNITY_MODULE } from "../../../modules/community"
import type CommunityModuleService from "../../../modules/community/service"
import type { Voter } from "../types"

/**
 * Adds the voter's vote (409 when their client already has another visitor vote today). When a double
 * click got there first, the vote is there either way and nothing is added. On rollback the new vote goes.
 */
export const addVoteStep = createStep(
  "add-vote",
  async (voter: Voter, { container }) => {
    const id = await container.resolve<CommunityModuleService>(COMMUNITY_MODULE).addVote(voter)
    return new StepResponse(true, id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<CommunityModuleService>(COMMUNITY_MODULE).deleteVotes(id)
    }
  }
)
