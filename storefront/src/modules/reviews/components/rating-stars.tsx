type RatingStarsProps = {
  /** Average of the approved reviews, 0 to 5. */
  rating: number
  count: number
  className?: string
}

/**
 * Five stars filled to the average, with the number of reviews. Read out as one phrase ("Rated 4.5
 * out of 5, 12 reviews"); the stars themselves are decoration. Nothing shows without reviews.
 */
export default function RatingStars({ rating, count, className = "" }: RatingStarsProps) {
  if (!count) {
    return null
  }
  const filled = `${Math.min(Math.max(rating / 5, 0), 1) * 100}%`
  return (
    <p className={`flex items-center gap-1 text-xs text-bark-600 ${className}`}>
      <span aria-hidden="true" className="relative inline-block leading-none tracking-tight text-sand-300">
        ★★★★★
        <span className="absolute inset-y-0 left-0 overflow-hidden whitespace-nowrap text-amber-600" style={{ width: filled }}>
          ★★★★★
        </span>
      </span>
      <span className="sr-only">{`Rated ${rating.toFixed(1)} out of 5, ${count} ${count === 1 ? "review" : "reviews"}`}</span>
      <span aria-hidden="true">
        {rating.toFixed(1)} ({count})
      </span>
    </p>
  )
}
