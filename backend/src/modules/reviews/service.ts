import { MedusaError, MedusaService } from "@medusajs/framework/utils"
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
}

export default ReviewsModuleService
