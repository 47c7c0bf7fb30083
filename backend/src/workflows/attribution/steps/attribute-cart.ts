import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ATTRIBUTION_MODULE } from "../../../modules/attribution"
import type { AttributedClick, AttributedRead } from "../../../modules/attribution/models/cart-attribution"
import type AttributionModuleService from "../../../modules/attribution/service"
import { windowStart } from "../../../modules/attribution/window"

type Input = { cart_id: string; visitor_id: string; product_id: string; now: string }
type Previous = { id: string; existed: boolean; reads: unknown; clicks: unknown }

/**
 * Keeps the cart's attribution up to date as a product is added: the articles its visitor read in the
 * window, and the product if they clicked it on an article. The first add-to-cart also fixes the
 * article read last (answered, to count its add-to-cart). Undone: the attribution as it was, or none.
 */
export const attributeCartStep = createStep(
  "attribute-cart",
  async ({ cart_id, visitor_id, product_id, now }: Input, { container }) => {
    const service = container.resolve<AttributionModuleService>(ATTRIBUTION_MODULE)
    const since = windowStart(new Date(now))
    const [[existing], latestReads, [click]] = await Promise.all([
      service.listCartAttributions({ cart_id }, { take: 1 }),
      service.listArticleReads({ visitor_id, read_at: { $gte: since } }, { select: ["article_id", "topic_id"], order: { read_at: "DESC" } }),
      service.listArticleClicks(
        { visitor_id, product_id, clicked_at: { $gte: since } },
        { select: ["article_id"], order: { clicked_at: "DESC" }, take: 1 }
      ),
    ])
    const reads: AttributedRead[] = latestReads.map(({ article_id, topic_id }) => ({ article_id, topic_id }))
    const earlierClicks = (existing?.clicks ?? []) as unknown as AttributedClick[]
    const clicks = click && !earlierClicks.some((known) => known.product_id === product_id)
      ? [...earlierClicks, { product_id, article_id: click.article_id }]
      : earlierClicks
    const values = { reads: reads as unknown as Record<string, unknown>, clicks: clicks as unknown as Record<string, unknown> }

    if (existing) {
      await service.updateCartAttributions({ id: existing.id, visitor_id, ...values })
      return new StepResponse(
        { first: false, last_article_id: existing.last_article_id, last_topic_id: existing.last_topic_id },
        { id: existing.id, existed: true, reads: existing.reads, clicks: existing.clicks } as Previous
      )
    }
    const last = reads[0]
    const created = await service.createCartAttributions({
      cart_id,
      visitor_id,
      last_article_id: last?.article_id ?? null,
      last_topic_id: last?.topic_id ?? null,
      ...values,
    })
    return new StepResponse(
      { first: true, last_article_id: created.last_article_id, last_topic_id: created.last_topic_id },
      { id: created.id, existed: false, reads: null, clicks: null } as Previous
    )
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const service = container.resolve<AttributionModuleService>(ATTRIBUTION_MODULE)
    if (previous.existed) {
      await service.updateCartAttributions({
        id: previous.id,
        reads: previous.reads as Record<string, unknown>,
        clicks: previous.clicks as Record<string, unknown>,
      })
    } else {
      await service.deleteCartAttributions(previous.id)
    }
  }
)
