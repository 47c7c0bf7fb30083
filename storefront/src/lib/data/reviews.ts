import "server-only"

import type { StockAlertTokenResponse } from "@supplement-store/contract"

import { readerHeaders } from "@/lib/data/reader"
import { storeSend } from "@/lib/data/store-fetch"

// ---------------------------------------------------------------- back-in-stock alerts

/**
 * What a back-in-stock mail link is about (its alert's status and product); reading it changes nothing,
 * since mail scanners open links. A bad link throws the backend's 400 naming `token`. Never cached.
 */
export async function getStockAlertLink(token: string, purpose: "confirm" | "cancel"): Promise<StockAlertTokenResponse> {
  return storeSend(`/store/stock-alerts/${purpose}`, { method: "GET", query: { token }, headers: await readerHeaders() })
}
