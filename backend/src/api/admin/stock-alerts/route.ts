import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminStockDemandQuery, AdminStockDemandResponse, StockDemand, Validated } from "@supplement-store/contract"
import { variantStock } from "../../../lib/reviews/stock-alerts"
import { REVIEWS_MODULE } from "../../../modules/reviews"
import type ReviewsModuleService from "../../../modules/reviews/service"

/** GET /admin/stock-alerts: what readers wait for, most wanted first, so staff know what to reorder. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, Validated<typeof AdminStockDemandQuery>>, res: MedusaResponse) {
  const { product_id, limit, offset } = req.validatedQuery as { product_id?: string; limit: number; offset: number }
  const { rows, count } = await req.scope.resolve<ReviewsModuleService>(REVIEWS_MODULE).listStockAlertDemand({ product_id, limit, offset })
  const stock = await variantStock(req.scope, rows.map((row) => row.variant_id))
  const demand: StockDemand[] = rows.map((row) => {
    const variant = stock.get(row.variant_id)
    return {
      variant_id: row.variant_id,
      product_id: row.product_id,
      product_title: variant?.product_title ?? "Deleted product",
      variant_title: variant?.variant_title ?? null,
      sku: variant?.sku ?? null,
      waiting: row.waiting,
      pending: row.pending,
      oldest_request_at: new Date(row.oldest_request_at).toISOString(),
      available: variant?.available ?? 0,
    }
  })
  const body: AdminStockDemandResponse = { demand, count, limit, offset }
  res.json(body)
}
