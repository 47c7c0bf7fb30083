import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { clubMembership } from "../../../../../lib/autoship/membership"

/** GET /store/customers/me/club: whether the customer is a club member (holds an autoship), until when, and what it saved them. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json(await clubMembership(req.scope, req.auth_context.actor_id))
}
