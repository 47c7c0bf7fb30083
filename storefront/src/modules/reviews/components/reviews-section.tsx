import type { ReviewListResponse, ReviewSummary } from "@supplement-store/contract"

import ReviewBrowser from "@/modules/reviews/components/review-browser"
import ReviewWriter from "@/modules/reviews/components/review-writer"
import Stars from "@/modules/reviews/components/stars"
import { formatAverage, ratingLabel, reviewsLabel } from "@/modules/reviews/utils"

type ReviewsSectionProps = {
  productId: string
  productHandle: string
  /** Null when the summary couldn't be read (the page still renders). */
  summary: ReviewSummary | null
  firstPage: ReviewListResponse | null
}

/**
 * The product page's reviews: the rating summary, the histogram and list (sorted, filtered and paged
 * in the browser), and where a customer writes theirs. Rendered with the cached page (what every
 * shopper sees); the reader's own part comes from the browser.
 */
export default function ReviewsSection({ productId, productHandle, summary, firstPage }: ReviewsSectionProps) {
  // A server component renders once per page (re)generation: this is when the form was made.
  // eslint-disable-next-line react-hooks/purity
  const renderedAt = Date.now()
  const count = summary?.count ?? 0
  return (
    <section
      id="reviews"
      aria-labelledby="reviews-heading"
      data-count={count}
      className="mt-12 scroll-mt-24 border-t border-sand-200 pt-8"
    >
      <h2 id="reviews-heading" className="font-serif text-2xl font-semibold text-bark-900">
        Customer reviews
      </h2>

      {summary === null ? (
        <p role="status" className="mt-4 text-bark-700">
          The reviews couldn&apos;t be loaded right now. Please try again in a moment.
        </p>
      ) : count === 0 ? (
        <p className="mt-4 text-bark-700" data-testid="no-reviews">
          No reviews yet. Bought it? Be the first to say how it worked for you.
        </p>
      ) : (
        <>
          <div className="mt-4 flex flex-wrap items-center gap-x-3 gap-y-1" data-testid="review-summary">
            <p className="font-serif text-4xl font-semibold text-bark-900" aria-hidden="true">
              {formatAverage(summary.average)}
            </p>
            <div>
              <Stars rating={summary.average} className="text-xl" />
              <p className="text-sm text-bark-600">
                <span className="sr-only">{ratingLabel(summary.average, count)}</span>
                <span aria-hidden="true">
                  out of 5, {reviewsLabel(count)}
                </span>
              </p>
            </div>
          </div>
          <div className="mt-6">
            <ReviewBrowser productId={productId} summary={summary} firstPage={firstPage} />
          </div>
        </>
      )}

      <ReviewWriter productId={productId} productHandle={productHandle} renderedAt={renderedAt} />
    </section>
  )
}
