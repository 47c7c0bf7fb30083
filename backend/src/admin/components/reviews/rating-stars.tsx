import { MAX_REVIEW_RATING } from "@supplement-store/contract"

/** A rating as stars, with the number for screen readers and tooltips. */
export const RatingStars = ({ rating }: { rating: number }) => {
  const full = Math.round(rating)
  return (
    <span
      className="txt-compact-small whitespace-nowrap text-ui-tag-orange-icon"
      title={`${rating} out of ${MAX_REVIEW_RATING} stars`}
      aria-label={`${rating} out of ${MAX_REVIEW_RATING} stars`}
      role="img"
    >
      {"★".repeat(full)}
      <span className="text-ui-fg-disabled">{"★".repeat(Math.max(0, MAX_REVIEW_RATING - full))}</span>
    </span>
  )
}
