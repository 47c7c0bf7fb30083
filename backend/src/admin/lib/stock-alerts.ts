import type { AdminStockDemandResponse } from "@supplement-store/contract"
import { sdk } from "./sdk"

/** Query keys and the call behind the back-in-stock demand views (`/admin/stock-alerts`). */
export type StockDemandParams = { product_id?: string; limit: number; offset: number }

export const stockDemandKeys = {
  list: (params: StockDemandParams) => ["stock-alerts", "demand", params] as const,
}

export const stockDemandApi = {
  list: ({ product_id, limit, offset }: StockDemandParams) =>
    sdk.client.fetch<AdminStockDemandResponse>("/admin/stock-alerts", { query: { ...(product_id ? { product_id } : {}), limit, offset } }),
}
