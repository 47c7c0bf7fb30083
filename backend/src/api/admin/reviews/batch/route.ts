import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminModerateReviewsBody, Validated } from "@supplement-store/contract"
import { moderateReviewsWorkflow } from "../../../../workflows/reviews/moderate-reviews"

/** POST /admin/reviews/batch with `{ ids, status }`: bulk moderation from the queue; answers the ids it found. */
export async function POST(req: AuthenticatedMedusaRequest<Validated<typeof AdminModerateReviewsBody>>, res: MedusaResponse) {
  const { result: ids } = await moderateReviewsWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ ids, status: req.validatedBody.status })
}
