"use client"

import type { OwnReview } from "@supplement-store/contract"
import {
  MAX_REVIEW_BODY_LENGTH,
  MAX_REVIEW_RATING,
  MAX_REVIEW_TITLE_LENGTH,
  MIN_REVIEW_BODY_LENGTH,
} from "@supplement-store/contract/limits"
import { useActionState, useEffect, useRef, useState } from "react"

import FormField from "@/modules/common/components/form/form-field"
import FormMessage from "@/modules/common/components/form/form-message"
import SubmitButton from "@/modules/common/components/form/submit-button"
import TextareaField from "@/modules/common/components/form/textarea-field"
import HoneypotField from "@/modules/community/components/honeypot-field"
import StartedAtField from "@/modules/community/components/started-at-field"
import SubmittedAtField from "@/modules/community/components/submitted-at-field"
import { saveReview, type ReviewFormState } from "@/modules/reviews/actions"
import { starsLabel } from "@/modules/reviews/utils"

type ReviewFormProps = {
  productId: string
  /** The customer's review, when this form edits it. */
  review?: OwnReview | null
  /** Server time when the page was rendered (the `started_at` of readers without JavaScript). */
  renderedAt: number
  /** Called with the review as the backend keeps it and what to tell the customer, once it was saved. */
  onSaved: (review: OwnReview, message: string) => void
}

const RATING_WORDS = ["", "Poor", "Fair", "Good", "Very good", "Excellent"]
const STAR_VALUES = Array.from({ length: MAX_REVIEW_RATING }, (_, index) => index + 1)

/**
 * A customer's review form: a new review, or an edit of theirs (which goes back to moderation). The
 * stars are a native radio group (arrow keys move between them), each radio laid over its star.
 * Includes the comments' bot checks: the honeypot (`website`) and when the form was opened.
 */
export default function ReviewForm({ productId, review, renderedAt, onSaved }: ReviewFormProps) {
  const editing = Boolean(review)
  const [state, formAction] = useActionState<ReviewFormState, FormData>(saveReview, {
    status: "idle",
    values: review ? { rating: String(review.rating), title: review.title, body: review.body } : {},
  })
  const values = state.values ?? {}
  const errors = state.fieldErrors ?? {}
  const [rating, setRating] = useState(Number(values.rating) || 0)
  const [length, setLength] = useState(values.body?.length ?? 0)
  const formRef = useRef<HTMLFormElement>(null)
  const prefix = editing ? "review-edit-" : "review-"

  useEffect(() => {
    if (state.status === "success" && state.review) {
      onSaved(state.review, state.message ?? "")
    }
    if (state.status === "error" && state.fieldErrors) {
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], fieldset[aria-invalid="true"] input')?.focus()
    }
  }, [state, onSaved])

  const ratingErrorId = `${prefix}rating-error`

  return (
    <form
      ref={formRef}
      action={formAction}
      noValidate
      aria-label={editing ? "Edit your review" : "Write a review"}
      data-testid="review-form"
      className="relative flex flex-col gap-4"
    >
      <input type="hidden" name="product_id" value={productId} />
      {review ? <input type="hidden" name="review_id" value={review.id} /> : null}
      {editing ? null : (
        <>
          <StartedAtField renderedAt={renderedAt} resetKey={state.sentAt} />
          <SubmittedAtField />
        </>
      )}

      <fieldset aria-describedby={errors.rating ? ratingErrorId : undefined} aria-invalid={errors.rating ? true : undefined}>
        <legend className="text-sm font-medium text-bark-900">Your rating</legend>
        <div className="mt-1 flex items-center gap-3">
          <div className="flex">
            {STAR_VALUES.map((value) => (
              <label key={value} className="relative cursor-pointer px-0.5 text-3xl leading-none">
                <input
                  type="radio"
                  name="rating"
                  value={value}
                  defaultChecked={value === rating}
                  onChange={() => setRating(value)}
                  aria-label={starsLabel(value)}
                  className="peer absolute inset-0 h-full w-full cursor-pointer opacity-0"
                />
                <span
                  aria-hidden="true"
                  className={`rounded-sm peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-leaf-600 ${
                    value <= rating ? "text-amber-500" : "text-sand-300"
                  }`}
                >
                  ★
                </span>
              </label>
            ))}
          </div>
          <span className="text-sm text-bark-700" aria-hidden="true">
            {RATING_WORDS[rating] ?? ""}
          </span>
        </div>
        {errors.rating ? (
          <p id={ratingErrorId} className="mt-1 text-sm text-clay-700">
            {errors.rating}
          </p>
        ) : null}
      </fieldset>

      <FormField
        idPrefix={prefix}
        name="title"
        label="Title"
        maxLength={MAX_REVIEW_TITLE_LENGTH}
        required
        dir="auto"
        hint="Your review in a few words"
        defaultValue={values.title ?? ""}
        error={errors.title}
      />

      <TextareaField
        id={`${prefix}body`}
        label="Your review"
        name="body"
        rows={6}
        maxLength={MAX_REVIEW_BODY_LENGTH}
        defaultValue={values.body ?? ""}
        onChange={(event) => setLength(event.target.value.length)}
        error={errors.body}
        counterClassName="text-right text-xs text-bark-600"
        counter={
          length < MIN_REVIEW_BODY_LENGTH
            ? `${length} / ${MAX_REVIEW_BODY_LENGTH} characters (at least ${MIN_REVIEW_BODY_LENGTH})`
            : `${length} / ${MAX_REVIEW_BODY_LENGTH} characters`
        }
      />

      {editing ? null : <HoneypotField idPrefix={prefix} />}

      <FormMessage status={state.status === "success" ? "idle" : state.status} message={state.message} />

      <div>
        <SubmitButton pendingText="Sending…">{editing ? "Save changes" : "Post review"}</SubmitButton>
      </div>
    </form>
  )
}
