import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { AdminReview, AdminUpdateReviewBody, Validated } from "@supplement-store/contract"
import { ADMIN_REVIEW_FIELDS, adminReview } from "../../../../lib/reviews/present"
import { moderateReviewsWorkflow } from "../../../../workflows/reviews/moderate-reviews"

/** POST /admin/reviews/:id with `{ status?, reply? }`: moderate one review and/or reply as staff (`reply: null` removes it). */
export async function POST(req: AuthenticatedMedusaRequest<Validated<typeof AdminUpdateReviewBody>>, res: MedusaResponse) {
  const { result: found } = await moderateReviewsWorkflow(req.scope).run({ input: { ids: [req.params.id], ...req.validatedBody } })
  if (!found.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Review ${req.params.id} was not found`)
  }
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "review",
    fields: ADMIN_REVIEW_FIELDS,
    filters: { id: req.params.id },
  })
  res.json({ review: adminReview(data[0]) satisfies AdminReview })
}
