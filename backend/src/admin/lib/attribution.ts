import type {
  ArticlePerformanceResponse,
  ContentPerformanceResponse,
  OrderAttributionResponse,
} from "@supplement-store/contract"
import { sdk } from "./sdk"

/** Query keys, API calls and formats for content performance (`/admin/content-performance`) and attribution. */

/** A period of whole UTC days, as the routes take it. */
export type Period = { from: string; to: string }
export type PerformanceGroup = "article" | "topic"

export const attributionKeys = {
  performance: (period: Period) => ["content-performance", period] as const,
  article: (id: string, period: Period) => ["content-performance", "article", id, period] as const,
  order: (id: string) => ["order-attribution", id] as const,
}

export const attributionApi = {
  performance: (period: Period) => sdk.client.fetch<ContentPerformanceResponse>("/admin/content-performance", { query: period }),
  article: (id: string, period: Period) =>
    sdk.client.fetch<ArticlePerformanceResponse>(`/admin/articles/${encodeURIComponent(id)}/performance`, { query: period }),
  order: (id: string) => sdk.client.fetch<OrderAttributionResponse>(`/admin/orders/${encodeURIComponent(id)}/attribution`),
  /** Fetches the CSV with the admin session and hands it to the browser as a download. */
  async downloadCsv(period: Period, group: PerformanceGroup) {
    // Without `accept: application/json` the SDK answers the raw Response.
    const response = await sdk.client.fetch<Response>("/admin/content-performance/export", {
      query: { ...period, group },
      headers: { accept: "text/csv" },
    })
    const url = URL.createObjectURL(await response.blob())
    const link = document.createElement("a")
    link.href = url
    link.download = `content-performance-${group}s-${period.from}-to-${period.to}.csv`
    link.click()
    URL.revokeObjectURL(url)
  },
}

const DAY_MS = 24 * 60 * 60 * 1000
const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10)

/** The last `days` whole UTC days, today included. */
export function lastDays(days: number, now = Date.now()): Period {
  return { from: isoDay(now - (days - 1) * DAY_MS), to: isoDay(now) }
}

export const formatMoney = (amount: number, currencyCode: string) =>
  new Intl.NumberFormat(undefined, { style: "currency", currency: currencyCode.toUpperCase() }).format(amount)

/** A rate of 0…1 as a percentage with one decimal. */
export const formatPercent = (rate: number) => `${(rate * 100).toFixed(1)} %`
