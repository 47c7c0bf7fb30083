import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { OrderAttributionResponse } from "@supplement-store/contract"
import { ATTRIBUTION_MODULE } from "../../../../../modules/attribution"
import type { AttributedClick, AttributedRead } from "../../../../../modules/attribution/models/cart-attribution"
import type AttributionModuleService from "../../../../../modules/attribution/service"
import { articlesById } from "../../../content-performance/report"

/** GET /admin/orders/:id/attribution: the articles an order came from (the order page's widget). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse<OrderAttributionResponse>) {
  const { data: orders } = await req.scope
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "order", fields: ["id", "currency_code", "cart.id"], filters: { id: req.params.id } })
  if (!orders.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${req.params.id} was not found`)
  }
  const cartId = orders[0].cart?.id
  const [attribution] = cartId
    ? await req.scope.resolve<AttributionModuleService>(ATTRIBUTION_MODULE).listCartAttributions({ cart_id: cartId }, { take: 1 })
    : []
  if (!attribution) {
    return res.json({ attribution: null })
  }
  const reads = attribution.reads as unknown as AttributedRead[]
  const clicks = attribution.clicks as unknown as AttributedClick[]
  const articles = await articlesById(req.scope, [
    ...new Set([attribution.last_article_id, ...reads.map((read) => read.article_id), ...clicks.map((click) => click.article_id)]),
  ].filter((id): id is string => !!id))
  res.json({
    attribution: {
      last_article: (attribution.last_article_id && articles.get(attribution.last_article_id)) || null,
      articles: reads.flatMap((read) => articles.get(read.article_id) ?? []),
      clicked: clicks.flatMap((click) => {
        const article = articles.get(click.article_id)
        return article ? [{ product_id: click.product_id, article }] : []
      }),
      revenue: Number(attribution.revenue_applied),
      currency_code: attribution.currency_code ?? orders[0].currency_code,
    },
  })
}
