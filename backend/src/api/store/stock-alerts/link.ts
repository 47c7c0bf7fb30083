import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StockAlertTokenBody, StockAlertTokenResponse, Validated } from "@supplement-store/contract"
import { variantStock } from "../../../lib/reviews/stock-alerts"
import { REVIEWS_MODULE } from "../../../modules/reviews"
import type ReviewsModuleService from "../../../modules/reviews/service"
import type { StockAlertLinkPurpose } from "../../../modules/reviews/service"
import { followStockAlertLinkWorkflow } from "../../../workflows/reviews/follow-stock-alert-link"

type Alert = { status: StockAlertTokenResponse["status"]; variant_id: string }

async function answer(req: MedusaRequest, res: MedusaResponse, alert: Alert) {
  const variant = (await variantStock(req.scope, [alert.variant_id])).get(alert.variant_id)
  const body: StockAlertTokenResponse = {
    status: alert.status,
    product: { title: variant?.product_title ?? "A product", handle: variant?.product_handle ?? "", variant_title: variant?.variant_title ?? null },
  }
  res.json(body)
}

/**
 * The routes behind the confirm and cancel links of back-in-stock mails. A GET only tells what the link
 * is about (mail scanners open links); the POST of the page's button acts. A bad link is a 400 naming `token`.
 */
export function stockAlertLinkRoutes(purpose: StockAlertLinkPurpose) {
  const reviews = (req: MedusaRequest) => req.scope.resolve<ReviewsModuleService>(REVIEWS_MODULE)
  return {
    GET: async (req: MedusaRequest<unknown, Validated<typeof StockAlertTokenBody>>, res: MedusaResponse) => {
      await answer(req, res, await reviews(req).readStockAlertToken(req.validatedQuery.token as string, purpose))
    },
    POST: async (req: MedusaRequest<Validated<typeof StockAlertTokenBody>>, res: MedusaResponse) => {
      const alert = await reviews(req).readStockAlertToken(req.validatedBody.token, purpose)
      const { result } = await followStockAlertLinkWorkflow(req.scope).run({ input: { alert_id: alert.id, purpose } })
      await answer(req, res, result)
    },
  }
}
