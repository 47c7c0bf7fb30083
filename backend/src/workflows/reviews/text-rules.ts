import type { MedusaContainer } from "@medusajs/framework/types"
import { FieldError } from "../../lib/field-error"
import { COMMUNITY_MODULE } from "../../modules/community"
import type CommunityModuleService from "../../modules/community/service"
import { blockedTerm, countLinks, normalizeForDuplicates } from "../../modules/community/spam"
import { REVIEWS_MODULE } from "../../modules/reviews"
import type ReviewsModuleService from "../../modules/reviews/service"

const DUPLICATE_WINDOW_MS = 24 * 3_600_000

/**
 * The comments' content rules, applied to a review's text: too many links or a text this customer or
 * client already posted in the last day are refused (naming the field); a blocklisted term answers
 * the reason to file it as spam. The blocklist and link limit are the community module's.
 */
export async function reviewTextProblem(
  container: MedusaContainer,
  review: { title: string; body: string; customer_id: string; client_hash: string; id?: string }
): Promise<string | null> {
  const { maxLinks, blocklist } = container.resolve<CommunityModuleService>(COMMUNITY_MODULE).rules
  if (countLinks(review.body) > maxLinks) {
    throw new FieldError({ body: `A review may contain at most ${maxLinks} links` })
  }
  if (countLinks(review.title) > 0) {
    throw new FieldError({ title: "A title may not contain links" })
  }

  const recent = await container.resolve<ReviewsModuleService>(REVIEWS_MODULE).listReviews(
    {
      created_at: { $gte: new Date(Date.now() - DUPLICATE_WINDOW_MS) },
      $or: [{ client_hash: review.client_hash }, { customer_id: review.customer_id }],
      ...(review.id ? { id: { $ne: review.id } } : {}),
    },
    { select: ["body"], take: 200 }
  )
  const text = normalizeForDuplicates(review.body)
  if (recent.some((other) => normalizeForDuplicates(other.body) === text)) {
    throw new FieldError({ body: "You already posted this review" }, "duplicate_error")
  }

  const blocked = blockedTerm(`${review.title} ${review.body}`, blocklist)
  return blocked ? `blocklisted term "${blocked}"` : null
}
