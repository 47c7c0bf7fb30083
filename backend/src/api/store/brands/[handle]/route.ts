import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, ProductStatus } from "@medusajs/framework/utils"

type BrandProduct = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  thumbnail: string | null
  status: string
}
type BrandWithProducts = { id: string; handle: string; name: string; products?: (BrandProduct | null)[] }

/**
 * GET /store/brands/:handle: the brand with its published products. Prices come from the product
 * list filtered by brand (`/store/products?brand=:handle`), which applies the region's price context.
 */
export async function GET(req: MedusaRequest<unknown, { handle: string }>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "brand",
    fields: [
      "id",
      "handle",
      "name",
      "description",
      "logo_url",
      "products.id",
      "products.handle",
      "products.title",
      "products.subtitle",
      "products.thumbnail",
      "products.status",
    ],
    filters: { handle: req.params.handle },
  })

  const [brand] = data as BrandWithProducts[]
  if (!brand) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Brand "${req.params.handle}" was not found`)
  }
  const products = (brand.products ?? [])
    .filter((p): p is BrandProduct => p?.status === ProductStatus.PUBLISHED)
    .map(({ status, ...product }) => product)
    .sort((a, b) => a.title.localeCompare(b.title))

  res.json({ brand: { ...brand, products } })
}
