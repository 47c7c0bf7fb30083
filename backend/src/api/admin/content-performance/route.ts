import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminContentPerformanceQuery, ContentPerformanceResponse, Validated } from "@supplement-store/contract"
import { contentPerformance, period } from "./report"

/** GET /admin/content-performance?from&to: the Content performance page (articles, topics, revenue by topic and day). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<ContentPerformanceResponse>) {
  const query = req.validatedQuery as Validated<typeof AdminContentPerformanceQuery>
  res.json(await contentPerformance(req.scope, period(query)))
}
