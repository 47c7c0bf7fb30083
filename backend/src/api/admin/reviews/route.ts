import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminListReviewsQuery, AdminReviewListResponse, Validated } from "@supplement-store/contract"
import { ADMIN_REVIEW_FIELDS, adminReview } from "../../../lib/reviews/present"

/**
 * GET /admin/reviews[?status=&product_id=]: the moderation queue, newest first, each review with its
 * product, author's email and why the spam rules flagged it.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { status, product_id, limit, offset } = req.validatedQuery as Validated<typeof AdminListReviewsQuery>
  const { data, metadata } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "review",
    fields: ADMIN_REVIEW_FIELDS,
    filters: { ...(status ? { status } : {}), ...(product_id ? { product_id } : {}) },
    pagination: { skip: offset, take: limit, order: { created_at: "DESC", id: "DESC" } },
  })
  const body: AdminReviewListResponse = { reviews: data.map(adminReview), count: metadata?.count ?? data.length, limit, offset }
  res.json(body)
}
