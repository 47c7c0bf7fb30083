import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AutoshipLinkBody, Validated } from "@supplement-store/contract"
import { AUTOSHIP_MODULE } from "../../../../modules/autoship"
import type AutoshipModuleService from "../../../../modules/autoship/service"
import { skipAutoshipWorkflow } from "../../../../workflows/autoship/skip-autoship"

/**
 * POST /store/autoships/skip `{ token }`: the skip link of a reminder mail. The signed token is the
 * proof (no login), and names the date it skips, so a second click or an old mail skips nothing more.
 */
export async function POST(req: MedusaRequest<Validated<typeof AutoshipLinkBody>>, res: MedusaResponse) {
  const autoship = await req.scope.resolve<AutoshipModuleService>(AUTOSHIP_MODULE).readSkipToken(req.validatedBody.token)
  const { result } = await skipAutoshipWorkflow(req.scope).run({ input: { autoship_id: autoship.id } })
  res.json({ autoship: { id: result.id, next_order_at: result.next_order_at, interval_days: result.interval_days } })
}
