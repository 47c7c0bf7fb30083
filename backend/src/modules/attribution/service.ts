import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import type { PerformanceMeasures } from "@supplement-store/contract"
import { ArticleClick } from "./models/article-click"
import { ArticlePerformance } from "./models/article-performance"
import { ArticleRead } from "./models/article-read"
import { CartAttribution } from "./models/cart-attribution"

/** The counters of `article_performance` a workflow adds to (negative to take off). */
export type PerformanceDelta = Partial<Omit<PerformanceMeasures, "conversion_rate">>
export type PerformanceChange = PerformanceDelta & { day: string; article_id: string; topic_id: string | null }

const COUNTERS = ["readers", "clicks", "add_to_carts", "orders", "assisted_orders"] as const
const AMOUNTS = ["revenue_last", "revenue_shared"] as const

/** Summed measures of a group of aggregate rows, before the conversion rate. */
export type PerformanceSums = Omit<PerformanceMeasures, "conversion_rate">
export type PerformanceGroup = "article" | "topic" | "day" | "day_topic"

const GROUP_COLUMNS: Record<PerformanceGroup, string[]> = {
  article: ["article_id", "topic_id"],
  topic: ["topic_id"],
  day: ["day"],
  day_topic: ["day", "topic_id"],
}

class AttributionModuleService extends MedusaService({ ArticleRead, ArticleClick, CartAttribution, ArticlePerformance }) {
  /**
   * Records that a visitor read an article now: one row per visitor and article, its `read_at`
   * refreshed. Answers the row and when it was read before (null the first time), so the caller can
   * tell a first read of the day and undo the write.
   */
  @InjectManager()
  async recordRead(
    read: { visitor_id: string; article_id: string; topic_id: string | null; read_at: Date },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<{ id: string; previous_read_at: Date | null }> {
    const [row] = await sharedContext.manager!.execute(
      `with previous as (
         select read_at from article_read where visitor_id = ? and article_id = ? and deleted_at is null
       )
       insert into article_read (id, visitor_id, article_id, topic_id, read_at, created_at, updated_at)
       values (?, ?, ?, ?, ?, now(), now())
       on conflict (visitor_id, article_id) where deleted_at is null
       do update set read_at = excluded.read_at, topic_id = excluded.topic_id, updated_at = now()
       returning id, (select read_at from previous) as previous_read_at`,
      [
        read.visitor_id,
        read.article_id,
        `artread_${crypto.randomUUID().replaceAll("-", "")}`,
        read.visitor_id,
        read.article_id,
        read.topic_id,
        read.read_at,
      ]
    )
    return { id: row.id, previous_read_at: row.previous_read_at ? new Date(row.previous_read_at) : null }
  }

  /** Adds each change to its day's and article's row (created at zero when missing). */
  @InjectManager()
  async addToPerformance(changes: PerformanceChange[], @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    for (const change of changes) {
      const counters = COUNTERS.map((name) => change[name] ?? 0)
      const amounts = AMOUNTS.map((name) => change[name] ?? 0)
      await sharedContext.manager!.execute(
        `insert into article_performance
           (id, day, article_id, topic_id, ${COUNTERS.join(", ")}, revenue_last, raw_revenue_last, revenue_shared, raw_revenue_shared, created_at, updated_at)
         values (?, ?, ?, ?, ${COUNTERS.map(() => "?").join(", ")}, ?, jsonb_build_object('value', (?)::text, 'precision', 20),
                 ?, jsonb_build_object('value', (?)::text, 'precision', 20), now(), now())
         on conflict (day, article_id) where deleted_at is null do update set
           ${COUNTERS.map((name) => `${name} = article_performance.${name} + excluded.${name}`).join(", ")},
           ${AMOUNTS.map(
             (name) => `${name} = article_performance.${name} + excluded.${name},
              raw_${name} = jsonb_build_object('value', (article_performance.${name} + excluded.${name})::text, 'precision', 20)`
           ).join(", ")},
           topic_id = coalesce(article_performance.topic_id, excluded.topic_id),
           updated_at = now()`,
        [
          `artperf_${crypto.randomUUID().replaceAll("-", "")}`,
          change.day,
          change.article_id,
          change.topic_id,
          ...counters,
          ...amounts.flatMap((amount) => [amount, amount]),
        ]
      )
    }
  }

  /**
   * The aggregate summed over whole UTC days `from`..`to` (inclusive), grouped as asked, optionally for
   * one article. A handful of rows per article and day: never a scan of reads or orders.
   */
  @InjectManager()
  async sumPerformance(
    { from, to, group, article_id }: { from: string; to: string; group: PerformanceGroup; article_id?: string },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<(PerformanceSums & { day?: string; article_id?: string; topic_id?: string | null })[]> {
    const columns = GROUP_COLUMNS[group]
    const rows: Record<string, string | null>[] = await sharedContext.manager!.execute(
      `select ${columns.join(", ")}, ${[...COUNTERS, ...AMOUNTS].map((name) => `sum(${name}) as ${name}`).join(", ")}
       from article_performance
       where day >= ? and day <= ? and deleted_at is null ${article_id ? "and article_id = ?" : ""}
       group by ${columns.join(", ")}
       order by ${columns.join(", ")}`,
      article_id ? [from, to, article_id] : [from, to]
    )
    return rows.map((row) => ({
      ...Object.fromEntries(columns.map((column) => [column, row[column]])),
      ...Object.fromEntries([...COUNTERS, ...AMOUNTS].map((name) => [name, Number(row[name] ?? 0)])),
    })) as (PerformanceSums & { day?: string; article_id?: string; topic_id?: string | null })[]
  }

  /** Forgets reads and clicks older than `before`: past the attribution window they explain nothing. */
  @InjectManager()
  async pruneBefore(before: Date, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    const manager = sharedContext.manager!
    const cutoff = before.toISOString()
    const reads = await manager.execute(`delete from article_read where read_at < ?::timestamptz returning id`, [cutoff])
    const clicks = await manager.execute(`delete from article_click where clicked_at < ?::timestamptz returning id`, [cutoff])
    return { reads: reads.length, clicks: clicks.length }
  }
}

export default AttributionModuleService
