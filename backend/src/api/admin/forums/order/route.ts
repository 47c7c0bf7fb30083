import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminReorderForumsBody, Validated } from "@supplement-store/contract"
import { reorderForumsWorkflow } from "../../../../workflows/community/reorder-forums"

/** POST /admin/forums/order with every forum's id in the new order. */
export async function POST(req: AuthenticatedMedusaRequest<Validated<typeof AdminReorderForumsBody>>, res: MedusaResponse) {
  const { result: ids } = await reorderForumsWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ ids })
}
