import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ReviewSummaryResponse } from "@supplement-store/contract"
import { reviewSummary } from "../../../../../../lib/reviews/present"
import { REVIEWS_MODULE } from "../../../../../../modules/reviews"
import type ReviewsModuleService from "../../../../../../modules/reviews/service"
import { publishedProduct } from "../published-product"

/** GET /store/products/:id/reviews/summary: the product's rating in numbers, from its summary row (zeros without reviews). */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const product = await publishedProduct(req)
  const [row] = await req.scope.resolve<ReviewsModuleService>(REVIEWS_MODULE).listReviewSummaries({ product_id: product.id }, { take: 1 })
  const body: ReviewSummaryResponse = { summary: reviewSummary(product.id, row) }
  res.json(body)
}
