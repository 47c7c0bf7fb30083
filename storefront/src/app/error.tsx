"use client"

import Link from "next/link"
import { useEffect } from "react"

import Notice from "@/modules/common/components/notice"

type ErrorPageProps = {
  error: unknown
  retry: () => void
}

/**
 * Friendly fallback for unexpected errors. The error itself is only logged to
 * the console; its message and stack are never shown to visitors.
 */
export default function ErrorPage({ error, retry }: ErrorPageProps) {
  useEffect(() => {
    console.error(error)
  }, [error])

  const digest =
    error instanceof Error && "digest" in error && typeof error.digest === "string"
      ? error.digest
      : null

  return (
    <Notice title="Something went wrong" tone="warning">
      <p>We couldn&apos;t load this page right now. Please try again in a moment.</p>
      <div className="flex flex-wrap items-center gap-4">
        <button
          type="button"
          onClick={() => retry()}
          className="rounded-md bg-leaf-600 px-4 py-2 text-sm font-medium text-white hover:bg-leaf-700"
        >
          Try again
        </button>
        <Link href="/" className="text-sm font-medium text-leaf-700 underline">
          Back to the shop
        </Link>
      </div>
      {digest ? <p className="text-xs text-bark-500">Reference: {digest}</p> : null}
    </Notice>
  )
}
