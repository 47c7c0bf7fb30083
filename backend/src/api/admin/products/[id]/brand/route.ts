import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminSetProductBrandBody, Validated } from "@supplement-store/contract"
import { setProductBrandWorkflow } from "../../../../../workflows/brand/set-product-brand"

/** POST /admin/products/:id/brand with `{ brand_id }` (or null to clear): sets the product's brand. */
export async function POST(
  req: AuthenticatedMedusaRequest<Validated<typeof AdminSetProductBrandBody>, { id: string }>,
  res: MedusaResponse
) {
  const { result } = await setProductBrandWorkflow(req.scope).run({
    input: { product_id: req.params.id, brand_id: req.validatedBody.brand_id },
  })
  res.json(result)
}
