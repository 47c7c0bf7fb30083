import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminContentPerformanceQuery, ArticlePerformanceResponse, Validated } from "@supplement-store/contract"
import { ATTRIBUTION_MODULE } from "../../../../../modules/attribution"
import type AttributionModuleService from "../../../../../modules/attribution/service"
import { NEWS_MODULE } from "../../../../../modules/news"
import type NewsModuleService from "../../../../../modules/news/service"
import { measures, period, storeCurrency } from "../../../content-performance/report"

/** GET /admin/articles/:id/performance?from&to: one article's numbers and its days (the editor's widget). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<ArticlePerformanceResponse>) {
  const article = await req.scope.resolve<NewsModuleService>(NEWS_MODULE).retrieveArticle(req.params.id, { select: ["id"] })
  const { from, to } = period(req.validatedQuery as Validated<typeof AdminContentPerformanceQuery>)
  const attribution = req.scope.resolve<AttributionModuleService>(ATTRIBUTION_MODULE)
  const [[total], days, currency_code] = await Promise.all([
    attribution.sumPerformance({ from, to, group: "topic", article_id: article.id }),
    attribution.sumPerformance({ from, to, group: "day", article_id: article.id }),
    storeCurrency(req.scope),
  ])
  const empty = { readers: 0, clicks: 0, add_to_carts: 0, orders: 0, assisted_orders: 0, revenue_last: 0, revenue_shared: 0 }
  res.json({
    from,
    to,
    currency_code,
    performance: measures(total ?? empty),
    days: days.map((row) => ({ day: row.day!, ...measures(row) })),
  })
}
