import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import type { ArticleSuggestedProductsResponse } from "@supplement-store/contract"
import { suggestedProductIds } from "../../../../../lib/suggestions"

/** GET /store/articles/:handle/suggested-products: products for an article that features none, in this sales channel. */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse<ArticleSuggestedProductsResponse>) {
  const salesChannelIds = req.publishable_key_context.sales_channel_ids
  res.json({ product_ids: await suggestedProductIds(req.scope, req.params.handle, salesChannelIds) })
}
