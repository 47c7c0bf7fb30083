import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMUNITY_MODULE } from "../../../modules/community"
import type CommunityModuleService from "../../../modules/community/service"
import type { Voter } from "../types"

/** Takes the voter's vote on the article back, if they have one; answers whether they had. On rollback the vote returns. */
export const removeVoteStep = createStep(
  "remove-vote",
  async ({ article_id, voter_key }: Voter, { container }) => {
    const community: CommunityModuleService = container.resolve(COMMUNITY_MODULE)
    const [vote] = await community.listVotes({ article_id, voter_key }, { select: ["id", "client_hash"] })
    if (!vote) {
      return new StepResponse(false, null)
    }
    await community.deleteVotes(vote.id)
    const { id, client_hash } = vote
    return new StepResponse(true, { id, article_id, voter_key, client_hash })
  },
  async (vote, { container }) => {
    if (vote) {
      await container.resolve<CommunityModuleService>(COMMUNITY_MODULE).createVotes(vote)
    }
  }
)
