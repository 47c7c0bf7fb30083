import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REVIEWS_MODULE } from "../../../modules/reviews"
import type ReviewsModuleService from "../../../modules/reviews/service"
import type { HelpfulVoter } from "../types"

/**
 * Adds the reader's helpful vote (409 when their client already has another visitor vote on it today);
 * a double click that got there first adds nothing. On rollback the new vote goes, uncounted.
 */
export const addHelpfulVoteStep = createStep(
  "add-helpful-vote",
  async (voter: HelpfulVoter, { container }) => {
    const id = await container.resolve<ReviewsModuleService>(REVIEWS_MODULE).addHelpfulVote(voter)
    return new StepResponse(true, id ? voter : null)
  },
  async (voter, { container }) => {
    if (voter) {
      await container.resolve<ReviewsModuleService>(REVIEWS_MODULE).removeHelpfulVote(voter)
    }
  }
)
