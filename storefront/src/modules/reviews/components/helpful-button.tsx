"use client"

import { useActionState, useState } from "react"

import { useOptimisticToggle } from "@/modules/common/components/use-optimistic-toggle"
import { toggleHelpful, type HelpfulFormState } from "@/modules/reviews/actions"

type HelpfulButtonProps = {
  reviewId: string
  /** The count every shopper sees (from the cached list). */
  helpfulCount: number
}

function toggled(state: HelpfulFormState): HelpfulFormState {
  return { helpful_count: Math.max(0, state.helpful_count + (state.voted ? -1 : 1)), voted: !state.voted }
}

/**
 * "Helpful" under a review: a Server Action, so a plain form post without JavaScript; with it, the
 * count and the pressed state change at once and settle on the backend's answer (as article votes do).
 */
export default function HelpfulButton({ reviewId, helpfulCount }: HelpfulButtonProps) {
  const [initial] = useState<HelpfulFormState>(() => ({ helpful_count: helpfulCount, voted: false }))
  const [state, formAction] = useActionState(toggleHelpful, initial)
  const [shown, onSubmit] = useOptimisticToggle(state, toggled, formAction)

  const countId = `review-${reviewId}-helpful-count`
  return (
    <form action={formAction} onSubmit={onSubmit} className="mt-3 flex flex-wrap items-center gap-2 text-sm">
      <input type="hidden" name="review_id" value={reviewId} />
      <button
        type="submit"
        aria-pressed={shown.voted}
        aria-describedby={countId}
        data-testid="helpful-button"
        className={`inline-flex items-center rounded-md border px-3 py-1 font-medium transition-colors ${
          shown.voted
            ? "border-leaf-700 bg-leaf-700 text-white hover:bg-leaf-800"
            : "border-sand-300 bg-white text-bark-700 hover:border-leaf-500 hover:text-leaf-800"
        }`}
      >
        Helpful
      </button>
      <span id={countId} data-testid="helpful-count" className="text-bark-600">
        {shown.helpful_count === 1 ? "1 person found this helpful" : `${shown.helpful_count} people found this helpful`}
      </span>
      {state.error ? (
        <p role="alert" className="basis-full text-clay-700">
          {state.error}
        </p>
      ) : null}
    </form>
  )
}
