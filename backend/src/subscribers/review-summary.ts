import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { REVIEWS_MODULE } from "../modules/reviews"
import type ReviewsModuleService from "../modules/reviews/service"
import { refreshReviewSummariesWorkflow } from "../workflows/reviews/refresh-review-summaries"

/**
 * Keeps products' rating summaries in step with their reviews: a review created, edited or moderated
 * rewrites its product's summary row (which emits `review.summary_updated` when the numbers changed).
 */
export default async function refreshReviewSummary({ event, container }: SubscriberArgs<{ id: string } | { id: string }[]>) {
  const ids = [event.data].flat().map((item) => item.id)
  const reviews = await container
    .resolve<ReviewsModuleService>(REVIEWS_MODULE)
    .listReviews({ id: ids }, { select: ["product_id"], withDeleted: true })
  if (reviews.length) {
    await refreshReviewSummariesWorkflow(container).run({ input: { product_ids: reviews.map((review) => review.product_id) } })
  }
}

export const config: SubscriberConfig = {
  event: ["review.created", "review.updated", "review.moderated"],
}
