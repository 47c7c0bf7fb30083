import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { OwnReviewResponse, UpdateReviewBody, Validated } from "@supplement-store/contract"
import { ownReview } from "../../../../../../lib/reviews/present"
import { updateReviewWorkflow } from "../../../../../../workflows/reviews/update-review"
import { clientHash } from "../../../../../utils/client"

/** POST /store/customers/me/reviews/:id: the customer edits their review, which goes back to moderation. */
export async function POST(req: AuthenticatedMedusaRequest<Validated<typeof UpdateReviewBody>>, res: MedusaResponse) {
  const { result: review } = await updateReviewWorkflow(req.scope).run({
    input: { id: req.params.id, customer_id: req.auth_context.actor_id, client_hash: clientHash(req), ...req.validatedBody },
  })
  const body: OwnReviewResponse = { review: ownReview(review) }
  res.json(body)
}
