import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { StoreContact } from "@supplement-store/contract"

/** GET /store/contact-details: the store's phone, address and mail, kept in the store's `metadata.contact`. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [store] } = await query.graph({ entity: "store", fields: ["metadata"], pagination: { take: 1 } })
  const contact = (store?.metadata as { contact?: StoreContact } | null)?.contact
  if (!contact) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "The store has no contact details yet")
  }
  res.json({ contact })
}
