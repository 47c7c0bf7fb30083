import type { Context } from "@medusajs/framework/types"
import { generateEntityId, InjectManager, InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import jwt from "jsonwebtoken"
import { FieldError } from "../../lib/field-error"
import { Review } from "./models/review"
import { ReviewSummary } from "./models/review-summary"
import { ReviewVote } from "./models/review-vote"
import { StockAlert } from "./models/stock-alert"
import { StockAlertQueue } from "./models/stock-alert-queue"

/** What a back-in-stock link does: `confirm` a guest's address (double opt-in), or `cancel` the alert (in every alert mail). */
export type StockAlertLinkPurpose = "confirm" | "cancel"
// A confirmation is for the reader who just asked; a cancel link rides in mails that may wait for months.
const ALERT_LINK_LIFETIME: Record<StockAlertLinkPurpose, jwt.SignOptions["expiresIn"]> = { confirm: "48h", cancel: "365d" }
const ALERT_LINK_EXPIRED: Record<StockAlertLinkPurpose, string> = {
  confirm: "This confirmation link has expired. Ask again on the product page and we will send you a new one.",
  cancel: "This link has expired. Please use the link from your latest email.",
}
const ALERT_LINK_NOT_VALID = "This link is not valid. Please use the link from your latest email."

const placeholders = (values: unknown[]) => values.map(() => "?").join(", ")

/** An alert a restock claimed: it is `sent` now, and its mail goes out once. */
export type ClaimedStockAlert = { id: string; email: string; variant_id: string; product_id: string; confirmed_at: Date }

/** A variant's queue before a restock claimed from it, to give the claim back. */
export type StockAlertQueueState = { variant_id: string; sold_out: boolean; mails_left: number }

/** One variant's waiting and unconfirmed readers (status pending or waiting). */
export type StockAlertDemandRow = { variant_id: string; product_id: string; waiting: number; pending: number; oldest_request_at: Date }

export type ReviewsModuleOptions = {
  /** Signs back-in-stock confirmation links (their own JWT audience). */
  tokenSecret: string
  /** A restock of n units mails at most n + this many waiting readers; the rest wait for the next one. */
  alertMargin?: number
}

/** A "helpful" voter on a review: `customer:<id>` or `visitor:<id>`, with a visitor's client hash of the day. */
export type HelpfulVoter = { review_id: string; voter_key: string; client_hash: string | null }

class ReviewsModuleService extends MedusaService({ Review, ReviewVote, ReviewSummary, StockAlert, StockAlertQueue }) {
  protected readonly tokenSecret: string
  readonly alertMargin: number

  constructor(container: Record<string, unknown>, options: ReviewsModuleOptions) {
    super(...arguments)
    if (!options?.tokenSecret) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The reviews module needs a tokenSecret option")
    }
    this.tokenSecret = options.tokenSecret
    this.alertMargin = options.alertMargin ?? 2
  }

  /**
   * Adds a helpful vote and counts it on the review, in one transaction; answers the vote's id. The
   * unique indexes settle races, as for article votes: when this voter's vote is already there (a
   * double click) nothing changes and the answer is null; when the voter's client already has another
   * visitor vote on the review today, the vote is refused (409).
   */
  @InjectTransactionManager()
  async addHelpfulVote(vote: HelpfulVoter, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<string | null> {
    const manager = sharedContext.transactionManager!
    // Either unique index may refuse the row; which one decides the answer.
    const [added] = (await manager.execute(
      `insert into review_vote (id, review_id, voter_key, client_hash) values (?, ?, ?, ?) on conflict do nothing returning id`,
      [generateEntityId(undefined, "rvote"), vote.review_id, vote.voter_key, vote.client_hash]
    )) as { id: string }[]
    if (added) {
      await manager.execute(`update review set helpful_count = helpful_count + 1 where id = ?`, [vote.review_id])
      return added.id
    }
    const [mine] = await manager.execute(`select id from review_vote where review_id = ? and voter_key = ? and deleted_at is null`, [
      vote.review_id,
      vote.voter_key,
    ])
    if (mine) {
      return null
    }
    throw new FieldError({ review_id: "A vote from your connection was already counted for this review today." }, "conflict")
  }

  /** Takes a voter's helpful vote back and uncounts it; answers the vote it removed, if there was one. */
  @InjectTransactionManager()
  async removeHelpfulVote(
    { review_id, voter_key }: Pick<HelpfulVoter, "review_id" | "voter_key">,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<HelpfulVoter | null> {
    const manager = sharedContext.transactionManager!
    const [removed] = (await manager.execute(
      `delete from review_vote where review_id = ? and voter_key = ? and deleted_at is null returning client_hash`,
      [review_id, voter_key]
    )) as { client_hash: string | null }[]
    if (!removed) {
      return null
    }
    await manager.execute(`update review set helpful_count = greatest(helpful_count - 1, 0) where id = ?`, [review_id])
    return { review_id, voter_key, client_hash: removed.client_hash }
  }

  /**
   * Rewrites a product's summary row from its approved reviews, in one statement. Answers whether the
   * row changed (a new or pending review leaves the numbers as they were, and nothing needs telling).
   */
  @InjectTransactionManager()
  async refreshSummary(productId: string, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<boolean> {
    const stars = [1, 2, 3, 4, 5]
    const rows = await sharedContext.transactionManager!.execute(
      `insert into review_summary (id, product_id, count, average, ${stars.map((n) => `rating_${n}`).join(", ")})
       select ?, ?, count(*), coalesce(round(avg(rating), 1), 0), ${stars.map((n) => `count(*) filter (where rating = ${n})`).join(", ")}
         from review where product_id = ? and status = 'approved' and deleted_at is null
       on conflict (product_id) where deleted_at is null do update
         set count = excluded.count, average = excluded.average,
             ${stars.map((n) => `rating_${n} = excluded.rating_${n}`).join(", ")}, updated_at = now()
         where (review_summary.count, review_summary.average, ${stars.map((n) => `review_summary.rating_${n}`).join(", ")})
           is distinct from (excluded.count, excluded.average, ${stars.map((n) => `excluded.rating_${n}`).join(", ")})
       returning id`,
      [generateEntityId(undefined, "rsum"), productId, productId]
    )
    return rows.length > 0
  }

  // ------------------------------------------------------------ back-in-stock alerts

  signStockAlertToken(alertId: string, purpose: StockAlertLinkPurpose): string {
    return jwt.sign({ sub: alertId }, this.tokenSecret, { audience: `stock-alert-${purpose}`, expiresIn: ALERT_LINK_LIFETIME[purpose] })
  }

  /** The alert a link was made for; a 400 naming `token` when the link is expired, altered or its alert gone. */
  async readStockAlertToken(token: string, purpose: StockAlertLinkPurpose) {
    let alertId: string | undefined
    try {
      const claims = jwt.verify(token, this.tokenSecret, { audience: `stock-alert-${purpose}`, algorithms: ["HS256"] })
      alertId = typeof claims === "object" && typeof claims.sub === "string" ? claims.sub : undefined
    } catch (error) {
      if (error instanceof jwt.TokenExpiredError) {
        throw new FieldError({ token: ALERT_LINK_EXPIRED[purpose] })
      }
    }
    const [alert] = alertId ? await this.listStockAlerts({ id: alertId }) : []
    if (!alert) {
      throw new FieldError({ token: ALERT_LINK_NOT_VALID })
    }
    return alert
  }

  /** Of these variants, those readers asked for (alerts pending or waiting): their stock changes matter. */
  @InjectManager()
  async variantsWithOpenAlerts(variantIds: string[], @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<string[]> {
    if (!variantIds.length) {
      return []
    }
    const rows = (await sharedContext.manager!.execute(
      `select distinct variant_id from stock_alert where variant_id in (${placeholders(variantIds)}) and status in ('pending', 'waiting') and deleted_at is null`,
      variantIds
    )) as { variant_id: string }[]
    return rows.map((row) => row.variant_id)
  }

  /** Records that a variant is sold out now (a reader was just allowed to wait for it): its next stock is a restock. */
  @InjectManager()
  async markVariantSoldOut(variantId: string, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    await sharedContext.manager!.execute(
      `insert into stock_alert_queue (id, variant_id, sold_out, mails_left, created_at, updated_at) values (?, ?, true, 0, now(), now())
       on conflict (variant_id) where deleted_at is null do update set sold_out = true, mails_left = 0, updated_at = now()`,
      [generateEntityId(undefined, "salq"), variantId]
    )
  }

  /**
   * What a stock change of a variant means for its queue, in one transaction that holds the queue's
   * row, so concurrent stock events of one variant take turns. Sold out: remembered. Back from sold
   * out: the restock may announce `available + alertMargin` units. Then the oldest waiting alerts, up
   * to what the restock has left, turn `sent`; the caller mails exactly those.
   */
  @InjectTransactionManager()
  async claimRestockAlerts(
    variantId: string,
    available: number,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<{ claimed: ClaimedStockAlert[]; previous: StockAlertQueueState }> {
    const manager = sharedContext.transactionManager!
    await manager.execute(
      `insert into stock_alert_queue (id, variant_id, sold_out, mails_left, created_at, updated_at) values (?, ?, true, 0, now(), now())
       on conflict (variant_id) where deleted_at is null do nothing`,
      [generateEntityId(undefined, "salq"), variantId]
    )
    const [queue] = (await manager.execute(
      `select sold_out, mails_left from stock_alert_queue where variant_id = ? and deleted_at is null for update`,
      [variantId]
    )) as { sold_out: boolean; mails_left: number }[]
    const previous = { variant_id: variantId, sold_out: queue.sold_out, mails_left: queue.mails_left }
    if (available <= 0) {
      await manager.execute(`update stock_alert_queue set sold_out = true, mails_left = 0, updated_at = now() where variant_id = ? and deleted_at is null`, [variantId])
      return { claimed: [], previous }
    }
    const budget = queue.sold_out ? available + this.alertMargin : queue.mails_left
    const claimed = budget > 0
      ? ((await manager.execute(
          `update stock_alert set status = 'sent', notified_at = now(), updated_at = now()
           where id in (
             select id from stock_alert where variant_id = ? and status = 'waiting' and deleted_at is null
             order by confirmed_at, id limit ? for update skip locked
           )
           returning id, email, variant_id, product_id, confirmed_at`,
          [variantId, budget]
        )) as ClaimedStockAlert[])
      : []
    await manager.execute(
      `update stock_alert_queue set sold_out = false, mails_left = ?, updated_at = now() where variant_id = ? and deleted_at is null`,
      [budget - claimed.length, variantId]
    )
    claimed.sort((a, b) => new Date(a.confirmed_at).getTime() - new Date(b.confirmed_at).getTime() || a.id.localeCompare(b.id))
    return { claimed, previous }
  }

  /** Gives a restock's claim back when its mails could not go out: the alerts wait again, the queue is as it was. */
  @InjectTransactionManager()
  async releaseRestockAlerts(alertIds: string[], previous: StockAlertQueueState, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    const manager = sharedContext.transactionManager!
    if (alertIds.length) {
      await manager.execute(
        `update stock_alert set status = 'waiting', notified_at = null, updated_at = now() where id in (${placeholders(alertIds)}) and status = 'sent'`,
        alertIds
      )
    }
    await manager.execute(
      `update stock_alert_queue set sold_out = ?, mails_left = ?, updated_at = now() where variant_id = ? and deleted_at is null`,
      [previous.sold_out, previous.mails_left, previous.variant_id]
    )
  }

  /** Variants readers wait for, most waited-for first (then the longest waiting), with how many there are. */
  @InjectManager()
  async listStockAlertDemand(
    { product_id, limit, offset }: { product_id?: string; limit: number; offset: number },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<{ rows: StockAlertDemandRow[]; count: number }> {
    const where = `status in ('pending', 'waiting') and deleted_at is null${product_id ? " and product_id = ?" : ""}`
    const params = product_id ? [product_id] : []
    const rows = (await sharedContext.manager!.execute(
      `select variant_id, min(product_id) as product_id,
              count(*) filter (where status = 'waiting')::int as waiting,
              count(*) filter (where status = 'pending')::int as pending,
              min(created_at) as oldest_request_at
       from stock_alert where ${where}
       group by variant_id
       order by waiting desc, oldest_request_at, variant_id
       limit ? offset ?`,
      [...params, limit, offset]
    )) as StockAlertDemandRow[]
    const [{ count }] = (await sharedContext.manager!.execute(
      `select count(distinct variant_id)::int as count from stock_alert where ${where}`,
      params
    )) as { count: number }[]
    return { rows, count }
  }
}

export default ReviewsModuleService
