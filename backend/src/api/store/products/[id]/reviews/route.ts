import type { AuthenticatedMedusaRequest, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type {
  CreateReviewBody,
  ListReviewsQuery,
  OwnReviewResponse,
  ReviewListResponse,
  ReviewSort,
  Validated,
} from "@supplement-store/contract"
import { ownReview, PUBLIC_REVIEW_FIELDS, publicReview, reviewerName } from "../../../../../lib/reviews/present"
import { createReviewWorkflow } from "../../../../../workflows/reviews/create-review"
import { botSignal } from "../../../../utils/bot-signal"
import { clientHash } from "../../../../utils/client"
import { publishedProduct } from "./published-product"

// Ties are broken by the newest, then by id, so pages never overlap.
const ORDER: Record<ReviewSort, Record<string, "ASC" | "DESC">> = {
  helpful: { helpful_count: "DESC", created_at: "DESC", id: "DESC" },
  newest: { created_at: "DESC", id: "DESC" },
  highest: { rating: "DESC", created_at: "DESC", id: "DESC" },
  lowest: { rating: "ASC", created_at: "DESC", id: "DESC" },
}

/** GET /store/products/:id/reviews: the product's approved reviews, sorted, optionally of one rating, a page at a time. */
export async function GET(req: MedusaRequest<unknown, Validated<typeof ListReviewsQuery>>, res: MedusaResponse) {
  const { sort, rating, limit, offset } = req.validatedQuery
  const product = await publishedProduct(req)
  const { data, metadata } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "review",
    fields: PUBLIC_REVIEW_FIELDS,
    filters: { product_id: product.id, status: "approved", ...(rating ? { rating } : {}) },
    pagination: { skip: offset, take: limit, order: ORDER[sort] },
  })
  const body: ReviewListResponse = { reviews: data.map(publicReview), count: metadata?.count ?? data.length, limit, offset }
  res.json(body)
}

/**
 * POST /store/products/:id/reviews: a customer's review of the product, one per product (409 for a
 * second). Name and email come from the account; whether they bought it, the backend decides.
 */
export async function POST(req: AuthenticatedMedusaRequest<Validated<typeof CreateReviewBody>>, res: MedusaResponse) {
  const product = await publishedProduct(req)
  const { rating, title, body, website, started_at } = req.validatedBody
  const customer = await req.scope.resolve(Modules.CUSTOMER).retrieveCustomer(req.auth_context.actor_id)
  const { result: review } = await createReviewWorkflow(req.scope).run({
    input: {
      product_id: product.id,
      customer_id: customer.id,
      author_name: reviewerName(customer),
      email: customer.email,
      rating,
      title,
      body,
      client_hash: clientHash(req),
      bot_signal: botSignal({ website, started_at }),
    },
  })
  const answer: OwnReviewResponse = { review: ownReview(review) }
  res.status(201).json(answer)
}
