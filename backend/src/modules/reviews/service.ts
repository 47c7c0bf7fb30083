import type { Context } from "@medusajs/framework/types"
import { generateEntityId, InjectTransactionManager, MedusaContext, MedusaError, MedusaService } from "@medusajs/framework/utils"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { FieldError } from "../../lib/field-error"
import { Review } from "./models/review"
import { ReviewSummary } from "./models/review-summary"
import { ReviewVote } from "./models/review-vote"
import { StockAlert } from "./models/stock-alert"

export type ReviewsModuleOptions = {
  /** Signs back-in-stock confirmation links (their own JWT audience). */
  tokenSecret: string
  /** A restock of n units mails at most n + this many waiting readers; the rest wait for the next one. */
  alertMargin?: number
}

/** A "helpful" voter on a review: `customer:<id>` or `visitor:<id>`, with a visitor's client hash of the day. */
export type HelpfulVoter = { review_id: string; voter_key: string; client_hash: string | null }

class ReviewsModuleService extends MedusaService({ Review, ReviewVote, ReviewSummary, StockAlert }) {
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
}

export default ReviewsModuleService
