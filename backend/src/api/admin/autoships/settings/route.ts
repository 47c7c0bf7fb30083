import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AutoshipSettingsBody, AutoshipSettingsResponse, Validated } from "@supplement-store/contract"
import { autoshipIntervals } from "../../../../lib/autoship/intervals"
import { updateAutoshipSettingsWorkflow } from "../../../../workflows/autoship/update-autoship-settings"

/** GET /admin/autoships/settings: the intervals (days) shoppers may choose. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<AutoshipSettingsResponse>) {
  res.json({ intervals: await autoshipIntervals(req.scope) })
}

/** POST /admin/autoships/settings: replaces the intervals (deduplicated and sorted by the schema). */
export async function POST(
  req: AuthenticatedMedusaRequest<Validated<typeof AutoshipSettingsBody>>,
  res: MedusaResponse<AutoshipSettingsResponse>
) {
  const { result } = await updateAutoshipSettingsWorkflow(req.scope).run({ input: req.validatedBody })
  res.json(result)
}
