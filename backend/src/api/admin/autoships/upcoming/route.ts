import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminUpcomingShipmentsQuery, AdminUpcomingShipmentsResponse, Validated } from "@supplement-store/contract"
import { upcomingShipments } from "../../../../lib/autoship/upcoming"

/** GET /admin/autoships/upcoming?days=: for each of the next days, the autoships due and their units per variant. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminUpcomingShipmentsResponse>) {
  const { days } = req.validatedQuery as Validated<typeof AdminUpcomingShipmentsQuery>
  res.json(await upcomingShipments(req.scope, days))
}
