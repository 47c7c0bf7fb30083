type StarsProps = {
  /** 0 to 5; fractions fill part of a star. */
  rating: number
  className?: string
}

const FIVE_STARS = "★★★★★"

/**
 * Five stars filled up to `rating`: two rows of the same glyphs, the filled one clipped to its
 * share, so the width never changes (no layout shift). Decorative: whoever shows it says the rating
 * in words (aria-label or text).
 */
export default function Stars({ rating, className = "" }: StarsProps) {
  const filled = Math.min(Math.max(rating, 0), 5) * 20
  return (
    <span aria-hidden="true" className={`relative inline-block leading-none whitespace-nowrap text-sand-300 ${className}`}>
      {FIVE_STARS}
      <span className="absolute inset-y-0 left-0 overflow-hidden text-amber-500" style={{ width: `${filled}%` }}>
        {FIVE_STARS}
      </span>
    </span>
  )
}
