import Stars from "@/modules/reviews/components/stars"
import { formatAverage, ratingLabel } from "@/modules/reviews/utils"

type RatingBadgeProps = {
  average: number
  count: number
  className?: string
}

/**
 * A product's stars, average and review count on one line (cards, search results), read out as one
 * phrase ("Rated 4.3 out of 5, 12 reviews"). Nothing at all for a product without reviews.
 */
export default function RatingBadge({ average, count, className = "" }: RatingBadgeProps) {
  if (count <= 0) {
    return null
  }
  return (
    <span
      role="img"
      aria-label={ratingLabel(average, count)}
      data-testid="rating-badge"
      className={`inline-flex items-center gap-1.5 text-sm text-bark-600 ${className}`}
    >
      <Stars rating={average} />
      <span>
        {formatAverage(average)} ({count})
      </span>
    </span>
  )
}
