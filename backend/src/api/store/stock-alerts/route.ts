import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { CreateStockAlertBody, StockAlertResponse, Validated } from "@supplement-store/contract"
import { requestStockAlertWorkflow } from "../../../workflows/reviews/request-stock-alert"
import { clientHash } from "../../utils/client"

/**
 * POST /store/stock-alerts: "email me when it's back" for a sold-out variant. A customer waits at once;
 * a guest always hears the same 202, whether the address is new, known or already waiting, and learns
 * the rest by email.
 */
export async function POST(req: AuthenticatedMedusaRequest<Validated<typeof CreateStockAlertBody>>, res: MedusaResponse) {
  const customerId = req.auth_context?.actor_id ?? null
  await requestStockAlertWorkflow(req.scope).run({
    input: {
      ...req.validatedBody,
      customer_id: customerId,
      sales_channel_ids: req.publishable_key_context?.sales_channel_ids ?? [],
      client_hash: clientHash(req),
    },
  })
  const answer: StockAlertResponse = { status: customerId ? "waiting" : "check_your_email" }
  res.status(customerId ? 200 : 202).json(answer)
}
