import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ATTRIBUTION_MODULE } from "../../../modules/attribution"
import type { AttributedRead } from "../../../modules/attribution/models/cart-attribution"
import type { PerformanceChange } from "../../../modules/attribution/service"
import type AttributionModuleService from "../../../modules/attribution/service"
import { windowStart } from "../../../modules/attribution/window"

/**
 * What an order is worth to its articles now: nothing once cancelled, its current total otherwise.
 * Medusa lowers that total for what is refunded (a refund beyond what a return already took off
 * becomes a credit line), so the total is the revenue the order keeps.
 */
export type OrderWorth = {
  order_id: string
  cart_id: string | null
  placed_at: string | Date
  currency_code: string
  canceled: boolean
  total: number
}

type Previous = { id: string; values: Record<string, unknown> }

/**
 * Brings the order's cart attribution up to what the order is worth now and answers the difference for
 * the aggregate: orders and revenue_last for the article read last, assisted orders and an even share
 * of the revenue for each article read before the order. The row remembers what was applied, so a
 * repeated event changes nothing. The first settlement fixes the articles read before the order.
 * Undone: the row as it was.
 */
export const settleOrderAttributionStep = createStep(
  "settle-order-attribution",
  async (order: OrderWorth, { container }) => {
    const service = container.resolve<AttributionModuleService>(ATTRIBUTION_MODULE)
    const [attribution] = order.cart_id ? await service.listCartAttributions({ cart_id: order.cart_id }, { take: 1 }) : []
    if (!attribution) {
      return new StepResponse([] as PerformanceChange[], null)
    }
    const previous: Previous = {
      id: attribution.id,
      values: {
        reads: attribution.reads,
        order_id: attribution.order_id,
        day: attribution.day,
        currency_code: attribution.currency_code,
        orders_applied: attribution.orders_applied,
        revenue_applied: attribution.revenue_applied,
      },
    }
    const placed = new Date(order.placed_at)
    let reads = attribution.reads as unknown as AttributedRead[]
    if (!attribution.order_id) {
      const readBefore = await service.listArticleReads(
        { visitor_id: attribution.visitor_id, read_at: { $gte: windowStart(placed), $lte: placed } },
        { select: ["article_id", "topic_id"], order: { read_at: "DESC" } }
      )
      reads = readBefore.map(({ article_id, topic_id }) => ({ article_id, topic_id }))
    }
    const day = attribution.day ?? placed.toISOString().slice(0, 10)
    const orders = order.canceled ? 0 : 1
    const revenue = order.canceled ? 0 : Math.max(0, order.total)
    const orderChange = orders - attribution.orders_applied
    const revenueChange = revenue - Number(attribution.revenue_applied)

    await service.updateCartAttributions({
      id: attribution.id,
      reads: reads as unknown as Record<string, unknown>,
      order_id: order.order_id,
      day,
      currency_code: order.currency_code,
      orders_applied: orders,
      revenue_applied: revenue,
    })
    if (!orderChange && !revenueChange) {
      return new StepResponse([] as PerformanceChange[], previous)
    }
    const changes: PerformanceChange[] = reads.map(({ article_id, topic_id }) => ({
      day,
      article_id,
      topic_id,
      assisted_orders: orderChange,
      revenue_shared: revenueChange / reads.length,
    }))
    if (attribution.last_article_id) {
      changes.push({
        day,
        article_id: attribution.last_article_id,
        topic_id: attribution.last_topic_id,
        orders: orderChange,
        revenue_last: revenueChange,
      })
    }
    return new StepResponse(changes, previous)
  },
  async (previous, { container }) => {
    if (previous) {
      await container.resolve<AttributionModuleService>(ATTRIBUTION_MODULE).updateCartAttributions({ id: previous.id, ...previous.values })
    }
  }
)
