import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminProductSuggestionsBody, Validated } from "@supplement-store/contract"
import { suggestProducts } from "../../../lib/suggestions"

/** POST /admin/product-suggestions: the article editor's suggested products, ranked from its text as typed. */
export async function POST(req: AuthenticatedMedusaRequest<Validated<typeof AdminProductSuggestionsBody>>, res: MedusaResponse) {
  res.json(await suggestProducts(req.scope, req.validatedBody))
}
