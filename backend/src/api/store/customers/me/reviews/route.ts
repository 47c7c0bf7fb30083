import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { OwnReviewsQuery, OwnReviewsResponse, Validated } from "@supplement-store/contract"
import { OWN_REVIEW_FIELDS, ownReview } from "../../../../../lib/reviews/present"

/** GET /store/customers/me/reviews[?product_id=]: the customer's own reviews, whatever their status, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { product_id } = req.validatedQuery as Validated<typeof OwnReviewsQuery>
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "review",
    fields: OWN_REVIEW_FIELDS,
    filters: { customer_id: req.auth_context.actor_id, ...(product_id ? { product_id } : {}) },
    pagination: { order: { created_at: "DESC" } },
  })
  const body: OwnReviewsResponse = { reviews: data.map(ownReview) }
  res.json(body)
}
