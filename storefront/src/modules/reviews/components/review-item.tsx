import type { PublicReview } from "@supplement-store/contract"

import HelpfulButton from "@/modules/reviews/components/helpful-button"
import Stars from "@/modules/reviews/components/stars"
import { formatReviewDate } from "@/modules/reviews/utils"

/**
 * One approved review, with the store's reply under it. Title, name and text are shoppers' words:
 * rendered as plain React text only (never HTML), wrapped so long words can't widen the page, with
 * their direction taken from the text.
 */
export default function ReviewItem({ review }: { review: PublicReview }) {
  const titleId = `review-${review.id}-title`
  const date = formatReviewDate(review.created_at)
  return (
    <article id={`review-${review.id}`} aria-labelledby={titleId} data-testid="review" className="min-w-0 scroll-mt-24">
      <p className="flex items-center gap-2">
        <Stars rating={review.rating} className="text-lg" />
        <span className="sr-only">Rated {review.rating} out of 5</span>
      </p>
      <h3
        id={titleId}
        dir="auto"
        data-testid="review-title"
        className="mt-1 font-semibold break-words text-bark-900 [overflow-wrap:anywhere]"
      >
        {review.title}
      </h3>
      <p className="mt-0.5 flex min-w-0 flex-wrap items-center gap-x-2 gap-y-1 text-sm text-bark-600">
        <bdi data-testid="review-author" className="min-w-0 font-medium break-words text-bark-700 [overflow-wrap:anywhere]">
          {review.author_name}
        </bdi>
        {date ? <time dateTime={review.created_at}>{date}</time> : null}
        {review.verified_buyer ? (
          <span
            data-testid="verified-buyer"
            className="rounded-full border border-leaf-200 bg-leaf-50 px-2 py-0.5 text-xs font-semibold text-leaf-800"
          >
            Verified buyer
          </span>
        ) : null}
      </p>
      <p
        dir="auto"
        data-testid="review-body"
        className="mt-2 min-w-0 break-words whitespace-pre-wrap text-bark-900 [overflow-wrap:anywhere]"
      >
        {review.body}
      </p>
      {review.reply ? (
        <div data-testid="review-reply" className="mt-3 rounded-md border-l-4 border-leaf-300 bg-leaf-50 px-3 py-2 text-sm">
          <p className="font-semibold text-bark-900">
            Reply from the store
            {formatReviewDate(review.reply.created_at) ? (
              <>
                {" "}
                <time dateTime={review.reply.created_at} className="font-normal text-bark-600">
                  {formatReviewDate(review.reply.created_at)}
                </time>
              </>
            ) : null}
          </p>
          <p dir="auto" className="mt-1 break-words whitespace-pre-wrap text-bark-700 [overflow-wrap:anywhere]">
            {review.reply.body}
          </p>
        </div>
      ) : null}
      <HelpfulButton key={review.id} reviewId={review.id} helpfulCount={review.helpful_count} />
    </article>
  )
}
