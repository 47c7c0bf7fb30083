import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refetchCart } from "@medusajs/medusa/api/store/carts/helpers"
import type { SetCartLineIntervalBody, Validated } from "@supplement-store/contract"
import { setCartLineIntervalWorkflow } from "../../../../../../workflows/autoship/set-cart-line-interval"

/** POST /store/carts/:id/autoship-items/:line_id: another interval for the line, or `null` for a one-time purchase. */
export async function POST(req: AuthenticatedMedusaRequest<Validated<typeof SetCartLineIntervalBody>>, res: MedusaResponse) {
  await setCartLineIntervalWorkflow(req.scope).run({
    input: { cart_id: req.params.id, line_id: req.params.line_id, customer_id: req.auth_context?.actor_id, ...req.validatedBody },
  })
  res.json({ cart: await refetchCart(req.params.id, req.scope, req.queryConfig.fields) })
}
