import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { stringify } from "csv-stringify/sync"
import type { AdminContentPerformanceQuery, Validated } from "@supplement-store/contract"
import { contentPerformance, period } from "../report"

const MEASURES = ["readers", "clicks", "add_to_carts", "orders", "assisted_orders", "revenue_last", "revenue_shared", "conversion_rate"] as const
const COLUMNS = {
  article: ["article_id", "handle", "title", "topic_name", ...MEASURES, "currency_code"],
  topic: ["topic_id", "topic_name", ...MEASURES, "currency_code"],
} as const

/** GET /admin/content-performance/export?from&to&group=article|topic: the page's table as CSV. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.validatedQuery as Validated<typeof AdminContentPerformanceQuery>
  const report = await contentPerformance(req.scope, period(query))
  const rows = (query.group === "topic" ? report.topics : report.articles).map((row) => ({ ...row, currency_code: report.currency_code }))
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="content-performance-${query.group}-${report.from}-${report.to}.csv"`)
  // Titles are staff's text: quoted, and never evaluated as a formula by a spreadsheet.
  res.send(stringify(rows, { header: true, columns: [...COLUMNS[query.group]], quoted_string: true, escape_formulas: true }))
}
