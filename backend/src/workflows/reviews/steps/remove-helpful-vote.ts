import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REVIEWS_MODULE } from "../../../modules/reviews"
import type ReviewsModuleService from "../../../modules/reviews/service"
import type { HelpfulVoter } from "../types"

/** Takes the reader's helpful vote back, if they have one; answers whether they had. On rollback it returns. */
export const removeHelpfulVoteStep = createStep(
  "remove-helpful-vote",
  async (voter: HelpfulVoter, { container }) => {
    const removed = await container.resolve<ReviewsModuleService>(REVIEWS_MODULE).removeHelpfulVote(voter)
    return new StepResponse(Boolean(removed), removed)
  },
  async (removed, { container }) => {
    if (removed) {
      await container.resolve<ReviewsModuleService>(REVIEWS_MODULE).addHelpfulVote(removed)
    }
  }
)
