import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, ProductStatus } from "@medusajs/framework/utils"

/** GET /store/brands: every brand, A to Z, with how many published products it has. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "brand",
    fields: ["id", "handle", "name", "description", "logo_url", "products.status"],
  })

  const brands = data
    .map(({ products, ...brand }) => ({
      ...brand,
      product_count: (products ?? []).filter((p: { status: string } | null) => p?.status === ProductStatus.PUBLISHED).length,
    }))
    .sort((a, b) => a.name.localeCompare(b.name, "en", { sensitivity: "base" }))

  res.json({ brands })
}
