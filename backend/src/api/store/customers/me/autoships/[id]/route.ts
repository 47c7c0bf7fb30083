import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AutoshipResponse, UpdateAutoshipBody, Validated } from "@supplement-store/contract"
import { updateAutoshipWorkflow } from "../../../../../../workflows/autoship/update-autoship"
import { respondWithAutoship } from "../respond"

/** GET /store/customers/me/autoships/:id */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<AutoshipResponse>) {
  await respondWithAutoship(req, res, req.params.id)
}

/** POST /store/customers/me/autoships/:id: change interval, quantities, address or card. */
export async function POST(req: AuthenticatedMedusaRequest<Validated<typeof UpdateAutoshipBody>>, res: MedusaResponse<AutoshipResponse>) {
  await updateAutoshipWorkflow(req.scope).run({
    input: { autoship_id: req.params.id, customer_id: req.auth_context.actor_id, changes: req.validatedBody },
  })
  await respondWithAutoship(req, res, req.params.id)
}
