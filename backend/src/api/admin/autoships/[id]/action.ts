import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import type { AdminAutoshipListItem } from "@supplement-store/contract"
import { adminAutoshipView } from "./route"

type AutoshipActionWorkflow = (container: MedusaContainer) => { run: (args: { input: { autoship_id: string } }) => Promise<unknown> }

/**
 * A POST route that runs one of the customer's autoship actions on their behalf (no `customer_id`:
 * staff may act on any autoship) and answers with the autoship as it is now.
 */
export function autoshipActionRoute(workflow: AutoshipActionWorkflow) {
  return async (req: AuthenticatedMedusaRequest<unknown, { id: string }>, res: MedusaResponse<{ autoship: AdminAutoshipListItem }>) => {
    await workflow(req.scope).run({ input: { autoship_id: req.params.id } })
    res.json({ autoship: await adminAutoshipView(req) })
  }
}
