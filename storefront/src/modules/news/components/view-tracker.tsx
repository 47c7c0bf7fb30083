"use client"

import { useEffect } from "react"

/** Handles already counted in this browser tab (guards React's doubled effects in development). */
const sent = new Set<string>()

/**
 * Counts one view of the article when the page mounts. Posts to the
 * storefront's own route handler, which forwards to the backend (the backend
 * keeps at most one view per visitor and day). Renders nothing.
 */
export default function ViewTracker({ handle }: { handle: string }) {
  useEffect(() => {
    if (sent.has(handle)) {
      return
    }
    sent.add(handle)
    fetch(`/api/news/views/${encodeURIComponent(handle)}`, { method: "POST", keepalive: true }).catch(() => {
      // A lost view count is not worth bothering the reader about.
    })
  }, [handle])
  return null
}
