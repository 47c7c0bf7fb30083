import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminSetProductBrandType } from "../../../brands/validators"
import { setProductBrandWorkflow } from "../../../../../workflows/brand/set-product-brand"

/** POST /admin/products/:id/brand with `{ brand_id }` (or null to clear): sets the product's brand. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminSetProductBrandType, { id: string }>,
  res: MedusaResponse
) {
  const { result } = await setProductBrandWorkflow(req.scope).run({
    input: { product_id: req.params.id, brand_id: req.validatedBody.brand_id },
  })
  res.json(result)
}
