"use client"

import type { ReviewListResponse, ReviewSort, ReviewSummary } from "@supplement-store/contract"
import { useRef, useState } from "react"

import ReviewItem from "@/modules/reviews/components/review-item"
import { RATINGS, reviewsLabel, SORT_LABELS, starsLabel } from "@/modules/reviews/utils"

type ReviewBrowserProps = {
  productId: string
  summary: ReviewSummary
  /** The first page (most helpful first) the cached product page carries; null when it couldn't be read. */
  firstPage: ReviewListResponse | null
}

type ListQuery = { sort: ReviewSort; rating: number | null; offset: number }

const FIRST_QUERY: ListQuery = { sort: "helpful", rating: null, offset: 0 }

function listUrl(productId: string, { sort, rating, offset }: ListQuery): string {
  const search = new URLSearchParams({ sort, offset: String(offset) })
  if (rating !== null) search.set("rating", String(rating))
  return `/api/reviews/${encodeURIComponent(productId)}?${search}`
}

function isListResponse(value: unknown): value is ReviewListResponse {
  const page = value as Partial<ReviewListResponse> | null
  return Boolean(page && Array.isArray(page.reviews) && typeof page.count === "number" && typeof page.limit === "number")
}

/**
 * The histogram (each bar filters the list by its rating) and the list with its sort and pages. The
 * cached page renders the first page; sorting, filtering and paging load in the browser from
 * /api/reviews, so the page stays one cached document.
 */
export default function ReviewBrowser({ productId, summary, firstPage }: ReviewBrowserProps) {
  const [query, setQuery] = useState<ListQuery>(FIRST_QUERY)
  const [page, setPage] = useState<ReviewListResponse | null>(firstPage)
  const [status, setStatus] = useState<"idle" | "loading" | "error">("idle")
  const latest = useRef(0)
  const listRef = useRef<HTMLDivElement>(null)

  async function load(next: ListQuery) {
    const request = ++latest.current
    setQuery(next)
    setStatus("loading")
    try {
      const response = await fetch(listUrl(productId, next))
      const body: unknown = response.ok ? await response.json() : null
      if (request !== latest.current) return
      if (!isListResponse(body)) throw new Error(`reviews answered ${response.status}`)
      setPage(body)
      setStatus("idle")
    } catch {
      if (request === latest.current) setStatus("error")
    }
  }

  function turnPage(offset: number) {
    void load({ ...query, offset })
    listRef.current?.scrollIntoView({ block: "start" })
  }

  const max = Math.max(1, ...RATINGS.map((rating) => summary.histogram[String(rating) as keyof ReviewSummary["histogram"]]))
  const limit = page?.limit || 10
  const pages = page ? Math.max(1, Math.ceil(page.count / limit)) : 1
  const current = Math.floor(query.offset / limit) + 1
  // "3 4-star reviews", "No 2-star reviews yet."
  const filterName = query.rating === null ? "" : `${query.rating}-star `

  return (
    <div className="grid gap-8 md:grid-cols-[minmax(0,16rem)_minmax(0,1fr)]">
      <div>
        <h3 id="reviews-histogram-heading" className="sr-only">
          Reviews by rating
        </h3>
        <ul aria-labelledby="reviews-histogram-heading" className="flex flex-col gap-1.5" data-testid="review-histogram">
          {RATINGS.map((rating) => {
            const count = summary.histogram[String(rating) as keyof ReviewSummary["histogram"]]
            const pressed = query.rating === rating
            return (
              <li key={rating}>
                <button
                  type="button"
                  aria-pressed={pressed}
                  disabled={count === 0}
                  onClick={() => void load({ ...query, rating: pressed ? null : rating, offset: 0 })}
                  aria-label={`${starsLabel(rating)}: ${reviewsLabel(count)}`}
                  className={`grid w-full grid-cols-[3.5rem_1fr_2.5rem] items-center gap-2 rounded-md px-1.5 py-1 text-left text-sm enabled:hover:bg-sand-100 disabled:cursor-default ${
                    pressed ? "bg-leaf-50 font-semibold text-leaf-800 ring-1 ring-leaf-600" : "text-bark-700"
                  }`}
                >
                  <span>{starsLabel(rating)}</span>
                  <span aria-hidden="true" className="h-2.5 overflow-hidden rounded-full bg-sand-200">
                    <span className="block h-full rounded-full bg-amber-500" style={{ width: `${(count / max) * 100}%` }} />
                  </span>
                  <span className="text-right tabular-nums">{count}</span>
                </button>
              </li>
            )
          })}
        </ul>
        {query.rating !== null ? (
          <button
            type="button"
            onClick={() => void load({ ...query, rating: null, offset: 0 })}
            className="mt-3 text-sm font-semibold text-leaf-700 underline underline-offset-4"
          >
            Show all ratings
          </button>
        ) : null}
      </div>

      <div ref={listRef} className="min-w-0 scroll-mt-24">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p role="status" aria-live="polite" className="text-sm text-bark-600" data-testid="review-list-status">
            {status === "loading"
              ? "Loading reviews…"
              : status === "error"
                ? "The reviews couldn't be loaded. Please try again."
                : page
                  ? `${page.count} ${filterName}${page.count === 1 ? "review" : "reviews"}`
                  : ""}
          </p>
          <label className="flex items-center gap-2 text-sm text-bark-700">
            Sort by
            <select
              value={query.sort}
              onChange={(event) => void load({ ...query, sort: event.target.value as ReviewSort, offset: 0 })}
              className="rounded-md border border-sand-300 bg-white px-2 py-1 text-sm text-bark-900"
            >
              {(Object.keys(SORT_LABELS) as ReviewSort[]).map((sort) => (
                <option key={sort} value={sort}>
                  {SORT_LABELS[sort]}
                </option>
              ))}
            </select>
          </label>
        </div>

        {page === null ? (
          <p className="mt-4 text-bark-700">The reviews couldn&apos;t be loaded right now. Please try again in a moment.</p>
        ) : page.reviews.length === 0 ? (
          <p className="mt-4 text-bark-700">No {filterName}reviews yet.</p>
        ) : (
          <ol
            aria-busy={status === "loading"}
            data-testid="review-list"
            className={`mt-4 flex flex-col divide-y divide-sand-200 ${status === "loading" ? "opacity-60" : ""}`}
          >
            {page.reviews.map((review) => (
              <li key={review.id} className="py-5 first:pt-0">
                <ReviewItem review={review} />
              </li>
            ))}
          </ol>
        )}

        {page && pages > 1 ? (
          <nav aria-label="Review pages" className="mt-6 flex items-center justify-center gap-4">
            <button
              type="button"
              disabled={current <= 1 || status === "loading"}
              onClick={() => turnPage(Math.max(0, query.offset - limit))}
              className="rounded-md border border-leaf-600 px-4 py-2 text-sm font-medium text-leaf-700 enabled:hover:bg-leaf-600 enabled:hover:text-white disabled:border-sand-200 disabled:text-bark-400"
            >
              Previous
            </button>
            <span className="text-sm text-bark-600">
              Page {current} of {pages}
            </span>
            <button
              type="button"
              disabled={current >= pages || status === "loading"}
              onClick={() => turnPage(query.offset + limit)}
              className="rounded-md border border-leaf-600 px-4 py-2 text-sm font-medium text-leaf-700 enabled:hover:bg-leaf-600 enabled:hover:text-white disabled:border-sand-200 disabled:text-bark-400"
            >
              Next
            </button>
          </nav>
        ) : null}
      </div>
    </div>
  )
}
