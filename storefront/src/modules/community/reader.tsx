"use client"

import { createContext, useContext, useEffect, useState, type ReactNode } from "react"

/** Who is writing: a guest, or a logged-in customer (whose name and email the backend knows). */
export type CommentViewer = { customer: false } | { customer: true; name: string }

/** The reader's own part of an article's community section (`GET /api/community/<handle>`). */
export type ArticleReader = {
  /** The article's votes and whether this reader voted; null when they couldn't be read. */
  vote: { votes: number; voted: boolean } | null
  viewer: CommentViewer
}

export const GUEST_VIEWER: CommentViewer = { customer: false }

/** An object's fields, or none for anything else (the answer is checked field by field). */
function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" ? (value as Record<string, unknown>) : {}
}

function parseReader(value: unknown): ArticleReader | null {
  if (!value || typeof value !== "object") return null
  const { vote, viewer } = asRecord(value)
  const { votes, voted } = asRecord(vote)
  const { customer, name } = asRecord(viewer)
  return {
    vote: typeof votes === "number" && Number.isFinite(votes) ? { votes: Math.max(0, votes), voted: voted === true } : null,
    viewer: customer === true ? { customer: true, name: typeof name === "string" ? name : "" } : GUEST_VIEWER,
  }
}

const ReaderContext = createContext<ArticleReader | null>(null)

/**
 * Fetches the reader's part once the cached article page is in the browser and hands it to the
 * vote button and the comment forms. Until it comes (and without JavaScript) they show what every
 * reader sees: the page's vote count, not pressed, and the guest form; the backend still knows who
 * votes or comments, so nothing is wrong, only less personal.
 */
export function ArticleReaderProvider({ handle, children }: { handle: string; children: ReactNode }) {
  const [reader, setReader] = useState<ArticleReader | null>(null)
  useEffect(() => {
    let current = true
    fetch(`/api/community/${encodeURIComponent(handle)}`, { cache: "no-store" })
      .then((response) => (response.ok ? response.json() : null))
      .then((body) => {
        if (current) setReader(parseReader(body))
      })
      .catch(() => {
        // The page's shared state stays; the reader can still vote and comment.
      })
    return () => {
      current = false
    }
  }, [handle])
  return <ReaderContext.Provider value={reader}>{children}</ReaderContext.Provider>
}

/** The reader's part, or null until it has been fetched. */
export function useArticleReader(): ArticleReader | null {
  return useContext(ReaderContext)
}
