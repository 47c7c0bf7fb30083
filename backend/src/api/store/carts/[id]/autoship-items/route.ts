import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refetchCart } from "@medusajs/medusa/api/store/carts/helpers"
import type { AddAutoshipItemBody, Validated } from "@supplement-store/contract"
import { addAutoshipItemToCartWorkflow } from "../../../../../workflows/autoship/add-autoship-item-to-cart"

/** POST /store/carts/:id/autoship-items: an autoship line at the member price; answers the cart as Medusa's cart routes do. */
export async function POST(req: AuthenticatedMedusaRequest<Validated<typeof AddAutoshipItemBody>>, res: MedusaResponse) {
  await addAutoshipItemToCartWorkflow(req.scope).run({
    input: { ...req.validatedBody, cart_id: req.params.id, customer_id: req.auth_context?.actor_id },
  })
  res.json({ cart: await refetchCart(req.params.id, req.scope, req.queryConfig.fields) })
}
