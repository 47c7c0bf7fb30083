import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { RelatedArticlesResponse } from "@supplement-store/contract"
import { relatedArticles } from "../../../../../lib/suggestions"

/** GET /store/products/:id/related-articles: published articles about what the product is for, best first. */
export async function GET(req: MedusaRequest<unknown, { id: string }>, res: MedusaResponse<RelatedArticlesResponse>) {
  res.json({ articles: await relatedArticles(req.scope, req.params.id) })
}
