import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { PRODUCT_ID_PATTERN } from "@supplement-store/contract"

/** The published product named by the route's `:id`, or a 404. */
export async function publishedProduct(req: MedusaRequest): Promise<{ id: string }> {
  const id = req.params.id
  const { data } = PRODUCT_ID_PATTERN.test(id)
    ? await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product", fields: ["id"], filters: { id, status: "published" } })
    : { data: [] }
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "This product was not found")
  }
  return data[0]
}
