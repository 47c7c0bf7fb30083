import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { HelpfulVoteResponse } from "@supplement-store/contract"
import { REVIEWS_MODULE } from "../../../../../modules/reviews"
import type ReviewsModuleService from "../../../../../modules/reviews/service"
import { toggleHelpfulVoteWorkflow } from "../../../../../workflows/reviews/toggle-helpful-vote"
import { voter } from "../../../../utils/voter"

/**
 * POST /store/reviews/:id/helpful: marks an approved review helpful, or takes the mark back when this
 * reader already gave it (a toggle). Readers are told apart as for article votes; 409 when a visitor's
 * client already marked the review under another token today.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const reviews = req.scope.resolve<ReviewsModuleService>(REVIEWS_MODULE)
  const approved = { id: req.params.id, status: "approved" as const }
  const [review] = await reviews.listReviews(approved, { select: ["id"], take: 1 })
  if (!review) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "This review was not found")
  }
  const { key, client, token } = voter(req)
  const { result: voted } = await toggleHelpfulVoteWorkflow(req.scope).run({
    input: { review_id: review.id, voter_key: key, client_hash: client },
  })
  const { helpful_count } = await reviews.retrieveReview(review.id, { select: ["helpful_count"] })
  const body: HelpfulVoteResponse = { helpful_count, voted, ...(token ? { visitor_token: token } : {}) }
  res.json(body)
}
