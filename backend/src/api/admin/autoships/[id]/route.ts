import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { AdminAutoshipListItem } from "@supplement-store/contract"
import { listAutoshipViews } from "../../../../lib/autoship/present"

/** One autoship as staff see it (with its customer), or a 404. */
export async function adminAutoshipView(req: AuthenticatedMedusaRequest<unknown, { id: string }>): Promise<AdminAutoshipListItem> {
  const { autoships } = await listAutoshipViews(req.scope, { id: req.params.id }, { limit: 1, offset: 0, withCustomer: true })
  if (!autoships[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Autoship ${req.params.id} was not found`)
  }
  return autoships[0]
}

/** GET /admin/autoships/:id: an autoship with its customer, lines and every cycle with its order. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, { id: string }>,
  res: MedusaResponse<{ autoship: AdminAutoshipListItem }>
) {
  res.json({ autoship: await adminAutoshipView(req) })
}
