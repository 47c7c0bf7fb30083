import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminCreateBrandBody, Validated } from "@supplement-store/contract"
import { createBrandWorkflow } from "../../../workflows/brand/create-brand"

/** GET /admin/brands: all brands A to Z, for the product page's brand picker. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: brands } = await query.graph({
    entity: "brand",
    fields: ["id", "handle", "name", "description", "logo_url"],
  })
  brands.sort((a, b) => a.name.localeCompare(b.name, "en", { sensitivity: "base" }))
  res.json({ brands, count: brands.length })
}

/** POST /admin/brands: creates a brand. */
export async function POST(req: AuthenticatedMedusaRequest<Validated<typeof AdminCreateBrandBody>>, res: MedusaResponse) {
  const { result: brand } = await createBrandWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ brand })
}
