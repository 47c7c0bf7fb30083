import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AutoshipListResponse } from "@supplement-store/contract"
import { listAutoshipViews } from "../../../../../lib/autoship/present"

/** GET /store/customers/me/autoships: the customer's autoships, cancelled ones last. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<AutoshipListResponse>) {
  const { autoships } = await listAutoshipViews(req.scope, { customer_id: req.auth_context.actor_id }, { limit: 50, offset: 0, withCustomer: false })
  res.json({ autoships })
}
