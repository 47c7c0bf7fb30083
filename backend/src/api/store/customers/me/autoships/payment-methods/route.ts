import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AutoshipPaymentMethodsResponse } from "@supplement-store/contract"
import { savedCardsOf } from "../../../../../../lib/autoship/payment"

/** GET /store/customers/me/autoships/payment-methods: the customer's saved cards, to pay an autoship with. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<AutoshipPaymentMethodsResponse>) {
  res.json({ payment_methods: await savedCardsOf(req.scope, req.auth_context.actor_id) })
}
