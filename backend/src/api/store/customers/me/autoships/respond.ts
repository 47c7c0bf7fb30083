import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { AutoshipResponse } from "@supplement-store/contract"
import { listAutoshipViews } from "../../../../../lib/autoship/present"

/** Answers one of the customer's autoships as it is now (after a change), or a 404. */
export async function respondWithAutoship(req: AuthenticatedMedusaRequest, res: MedusaResponse<AutoshipResponse>, id: string) {
  const { autoships } = await listAutoshipViews(req.scope, { id, customer_id: req.auth_context.actor_id }, { limit: 1, offset: 0, withCustomer: false })
  if (!autoships[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Autoship ${id} was not found`)
  }
  res.json({ autoship: autoships[0] })
}
