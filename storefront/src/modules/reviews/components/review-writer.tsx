"use client"

import type { OwnReview } from "@supplement-store/contract"
import dynamic from "next/dynamic"
import Link from "next/link"
import { useCallback, useEffect, useState } from "react"

import Stars from "@/modules/reviews/components/stars"
import { parseReviewReader, type ReviewReader } from "@/modules/reviews/reader"
import { STATUS_LABELS } from "@/modules/reviews/utils"

// Only customers get the form: guests' pages never load its code.
const ReviewForm = dynamic(() => import("@/modules/reviews/components/review-form"))

type ReviewWriterProps = {
  productId: string
  productHandle: string
  /** Server time when the page was rendered (for the form's bot check). */
  renderedAt: number
}

/**
 * Where a shopper writes their review (`#write-review`, where order pages and mails link). The cached
 * page shows every shopper the guest's way in (a log-in link that returns here); once the browser has
 * asked who the reader is, a customer gets the form, or their review with its status and an edit form.
 */
export default function ReviewWriter({ productId, productHandle, renderedAt }: ReviewWriterProps) {
  const [reader, setReader] = useState<ReviewReader | null>(null)
  const [editing, setEditing] = useState(false)
  const [notice, setNotice] = useState("")

  useEffect(() => {
    let current = true
    fetch(`/api/reviews/${encodeURIComponent(productId)}/mine`, { cache: "no-store" })
      .then((response) => (response.ok ? response.json() : null))
      .then((body) => {
        if (current) setReader(parseReviewReader(body))
      })
      .catch(() => {
        // The guest's way in stays: logging in brings the reader back here.
      })
    return () => {
      current = false
    }
  }, [productId])

  const onSaved = useCallback((review: OwnReview, message: string) => {
    setReader({ customer: true, review })
    setEditing(false)
    setNotice(message)
  }, [])

  const returnTo = `/products/${encodeURIComponent(productHandle)}#write-review`

  return (
    <div id="write-review" className="mt-10 scroll-mt-24 rounded-lg border border-sand-200 bg-white p-4 sm:p-6" data-testid="review-writer">
      <h3 className="font-serif text-xl font-semibold text-bark-900">
        {reader?.review ? "Your review" : "Write a review"}
      </h3>
      <p role="status" aria-live="polite" className={notice ? "mt-2 rounded-md border border-leaf-200 bg-leaf-50 px-3 py-2 text-sm text-leaf-800" : "sr-only"}>
        {notice}
      </p>

      {!reader?.customer ? (
        <p className="mt-2 text-bark-700">
          Reviews come from our customers.{" "}
          <Link href={`/account?next=${encodeURIComponent(returnTo)}`} className="font-semibold text-leaf-700 underline">
            Log in to write a review
          </Link>
        </p>
      ) : reader.review ? (
        <div className="mt-3" data-testid="own-review" data-status={reader.review.status}>
          <p className="flex flex-wrap items-center gap-2">
            <Stars rating={reader.review.rating} className="text-lg" />
            <span className="sr-only">Rated {reader.review.rating} out of 5</span>
            <span
              data-testid="own-review-status"
              className={`rounded-full px-2 py-0.5 text-xs font-semibold ${
                reader.review.status === "approved" ? "bg-leaf-50 text-leaf-800" : "bg-sand-100 text-bark-700"
              }`}
            >
              {STATUS_LABELS[reader.review.status]}
            </span>
          </p>
          <p dir="auto" className="mt-1 font-semibold break-words text-bark-900 [overflow-wrap:anywhere]">
            {reader.review.title}
          </p>
          <p dir="auto" className="mt-1 break-words whitespace-pre-wrap text-bark-700 [overflow-wrap:anywhere]">
            {reader.review.body}
          </p>
          {editing ? (
            <div className="mt-4 border-t border-sand-200 pt-4">
              <p className="mb-3 text-sm text-bark-600">An edited review is read by a moderator again before it appears.</p>
              <ReviewForm productId={productId} review={reader.review} renderedAt={renderedAt} onSaved={onSaved} />
            </div>
          ) : (
            <button
              type="button"
              onClick={() => {
                setEditing(true)
                setNotice("")
              }}
              className="mt-3 text-sm font-semibold text-leaf-700 underline underline-offset-4"
            >
              Edit your review
            </button>
          )}
        </div>
      ) : (
        <div className="mt-2">
          <p className="mb-4 text-sm text-bark-600">
            A moderator reads each review before it appears. Plain text only; tell others how it worked for you.
          </p>
          <ReviewForm productId={productId} renderedAt={renderedAt} onSaved={onSaved} />
        </div>
      )}
    </div>
  )
}
