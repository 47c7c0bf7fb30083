"use client"

import { useEffect } from "react"

import { STORE_NAME } from "@/lib/site"

import "./globals.css"

/** Last-resort fallback when the root layout itself fails; never shows error details. */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error)
  }, [error])

  return (
    <html lang="en">
      <body className="flex min-h-screen items-center justify-center bg-sand-50 p-6 font-sans text-bark-900">
        <div className="max-w-md text-center">
          <p className="font-serif text-xl font-semibold text-leaf-700">{STORE_NAME}</p>
          <h1 className="mt-4 text-lg font-semibold">Something went wrong</h1>
          <p className="mt-2 text-bark-700">Please try again in a moment.</p>
          <button
            type="button"
            onClick={() => retry()}
            className="mt-6 rounded-md bg-leaf-600 px-4 py-2 text-sm font-medium text-white hover:bg-leaf-700"
          >
            Try again
          </button>
        </div>
      </body>
    </html>
  )
}
