import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AddToAutoshipBody, AutoshipResponse, Validated } from "@supplement-store/contract"
import { addToAutoshipWorkflow } from "../../../../../../workflows/autoship/add-to-autoship"
import { respondWithAutoship } from "../respond"

/** POST /store/customers/me/autoships/items: a product page adds its product to one of the customer's autoships. */
export async function POST(req: AuthenticatedMedusaRequest<Validated<typeof AddToAutoshipBody>>, res: MedusaResponse<AutoshipResponse>) {
  await addToAutoshipWorkflow(req.scope).run({ input: { ...req.validatedBody, customer_id: req.auth_context.actor_id } })
  await respondWithAutoship(req, res, req.validatedBody.autoship_id)
}
