"use client"

import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react"

/** The reader's own part of a thread page (`GET /api/forums/threads/<handle>`). */
export type ThreadReader = { customer: boolean; following: boolean }

/** The post a reply quotes, as the reply form shows it. */
export type QuotedPost = { id: string; number: number; author: string; excerpt: string }

type ThreadReaderState = {
  /** Null until fetched (and without JavaScript): the page then shows what a guest sees. */
  reader: ThreadReader | null
  quote: QuotedPost | null
  setQuote: (quote: QuotedPost | null) => void
}

const ThreadReaderContext = createContext<ThreadReaderState>({ reader: null, quote: null, setQuote: () => {} })

function parseReader(value: unknown): ThreadReader | null {
  if (!value || typeof value !== "object") return null
  const { customer, following } = value as Record<string, unknown>
  return { customer: customer === true, following: customer === true && following === true }
}

/**
 * Asks who the reader is once the cached thread page is in the browser, and holds the post their
 * reply quotes (the Quote buttons of the posts set it, the reply form shows and sends it).
 */
export function ThreadReaderProvider({ handle, children }: { handle: string; children: ReactNode }) {
  const [reader, setReader] = useState<ThreadReader | null>(null)
  const [quote, setQuoteState] = useState<QuotedPost | null>(null)
  useEffect(() => {
    let current = true
    fetch(`/api/forums/threads/${encodeURIComponent(handle)}`, { cache: "no-store" })
      .then((response) => (response.ok ? response.json() : null))
      .then((body) => {
        if (current) setReader(parseReader(body))
      })
      .catch(() => {
        // The guest's way in stays: logging in brings the reader back here.
      })
    return () => {
      current = false
    }
  }, [handle])
  const setQuote = useCallback((next: QuotedPost | null) => setQuoteState(next), [])
  const value = useMemo(() => ({ reader, quote, setQuote }), [reader, quote, setQuote])
  return <ThreadReaderContext.Provider value={value}>{children}</ThreadReaderContext.Provider>
}

export function useThreadReader(): ThreadReaderState {
  return useContext(ThreadReaderContext)
}
