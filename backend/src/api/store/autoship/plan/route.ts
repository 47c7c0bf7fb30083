import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AutoshipPlanResponse } from "@supplement-store/contract"
import { autoshipIntervals } from "../../../../lib/autoship/intervals"
import { CLUB } from "../../../../lib/club"

/** GET /store/autoship/plan: the intervals product pages offer and what members save. */
export async function GET(req: MedusaRequest, res: MedusaResponse<AutoshipPlanResponse>) {
  res.json({ intervals: await autoshipIntervals(req.scope), percent_off: CLUB.percentOff })
}
