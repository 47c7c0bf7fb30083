import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type {
  AdminContentPerformanceQuery,
  ArticlePerformanceRow,
  ContentPerformanceResponse,
  PerformanceMeasures,
  TopicPerformanceRow,
  Validated,
} from "@supplement-store/contract"
import { ATTRIBUTION_MODULE } from "../../../modules/attribution"
import type { PerformanceSums } from "../../../modules/attribution/service"
import type AttributionModuleService from "../../../modules/attribution/service"
import { defaultCurrencyCode } from "../../../lib/store-currency"

const DEFAULT_PERIOD_DAYS = 30
const NO_TOPIC = "No topic"

const utcDay = (date: Date) => date.toISOString().slice(0, 10)
const cents = (amount: number) => Math.round(amount * 100) / 100

/** The asked period of whole UTC days; by default the last 30 including today. */
export function period({ from, to }: Validated<typeof AdminContentPerformanceQuery>): { from: string; to: string } {
  const end = to ?? utcDay(new Date())
  return { from: from ?? utcDay(new Date(Date.parse(end) - (DEFAULT_PERIOD_DAYS - 1) * 86_400_000)), to: end }
}

/** Summed counters as the page shows them: revenue to the cent, and orders per reader. */
export function measures(sums: PerformanceSums): PerformanceMeasures {
  return {
    readers: sums.readers,
    clicks: sums.clicks,
    add_to_carts: sums.add_to_carts,
    orders: sums.orders,
    assisted_orders: sums.assisted_orders,
    revenue_last: cents(sums.revenue_last),
    revenue_shared: cents(sums.revenue_shared),
    conversion_rate: sums.readers ? sums.orders / sums.readers : 0,
  }
}

export async function storeCurrency(scope: MedusaContainer): Promise<string> {
  return (await defaultCurrencyCode(scope.resolve(ContainerRegistrationKeys.QUERY))) ?? "usd"
}

/** Titles and handles of articles, by id (from the news module). */
export async function articlesById(scope: MedusaContainer, ids: string[]) {
  if (!ids.length) {
    return new Map<string, { id: string; handle: string; title: string }>()
  }
  const { data } = await scope
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "article", fields: ["id", "handle", "title"], filters: { id: ids } })
  return new Map(data.map((article) => [article.id, { id: article.id, handle: article.handle, title: article.title }]))
}

async function topicNames(scope: MedusaContainer, ids: string[]) {
  if (!ids.length) {
    return new Map<string, string>()
  }
  const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "topic", fields: ["id", "name"], filters: { id: ids } })
  return new Map(data.map((topic) => [topic.id as string, topic.name as string]))
}

const byRevenue = (a: PerformanceMeasures, b: PerformanceMeasures) =>
  b.revenue_last - a.revenue_last || b.revenue_shared - a.revenue_shared || b.readers - a.readers

/**
 * The content performance page over a period: per article, per topic (most revenue from last reads
 * first) and the revenue of each topic per day, all summed from the daily aggregate.
 */
export async function contentPerformance(
  scope: MedusaContainer,
  { from, to }: { from: string; to: string }
): Promise<ContentPerformanceResponse> {
  const attribution = scope.resolve<AttributionModuleService>(ATTRIBUTION_MODULE)
  const [byArticle, byTopic, byDayTopic, currency_code] = await Promise.all([
    attribution.sumPerformance({ from, to, group: "article" }),
    attribution.sumPerformance({ from, to, group: "topic" }),
    attribution.sumPerformance({ from, to, group: "day_topic" }),
    storeCurrency(scope),
  ])
  const topicIds = [...new Set(byTopic.map((row) => row.topic_id).filter((id): id is string => !!id))]
  const [articles, topics] = await Promise.all([
    articlesById(scope, [...new Set(byArticle.map((row) => row.article_id!))]),
    topicNames(scope, topicIds),
  ])
  const topicName = (id: string | null | undefined) => (id ? topics.get(id) ?? NO_TOPIC : NO_TOPIC)

  const articleRows: ArticlePerformanceRow[] = byArticle.map((row) => ({
    article_id: row.article_id!,
    handle: articles.get(row.article_id!)?.handle ?? "",
    title: articles.get(row.article_id!)?.title ?? "(deleted article)",
    topic_id: row.topic_id ?? null,
    topic_name: row.topic_id ? topicName(row.topic_id) : null,
    ...measures(row),
  }))
  const topicRows: TopicPerformanceRow[] = byTopic.map((row) => ({
    topic_id: row.topic_id ?? null,
    topic_name: topicName(row.topic_id),
    ...measures(row),
  }))
  return {
    from,
    to,
    currency_code,
    articles: articleRows.sort(byRevenue),
    topics: topicRows.sort(byRevenue),
    series: byDayTopic.map((row) => ({
      day: row.day!,
      topic_id: row.topic_id ?? null,
      topic_name: topicName(row.topic_id),
      revenue_last: cents(row.revenue_last),
      revenue_shared: cents(row.revenue_shared),
    })),
  }
}
