"use client"

import { usePathname } from "next/navigation"
import { useEffect, useSyncExternalStore } from "react"

import type { HeaderStatus } from "@/lib/data/header"

/**
 * The shopper's part of the header (cart count, account name), kept in the browser.
 *
 * Pages are cached and shared by every visitor, so they render the guest header;
 * the real status comes from `GET /api/header` (which reads the httpOnly cookies)
 * right after hydration, whenever the path changes or the server re-renders the
 * layout (a Server Action's `refresh()`, a cookie change, `router.refresh()`),
 * and when `refreshHeaderStatus()` is called (e.g. after "Add to cart"). The last
 * answer is kept in sessionStorage so the next page shows it at once.
 */

const GUEST: HeaderStatus = { cartCount: 0, loggedIn: false, firstName: null }
const STORAGE_KEY = "verdant:header-status"

function parseStatus(value: unknown): HeaderStatus | null {
  if (!value || typeof value !== "object") return null
  const { cartCount, loggedIn, firstName } = value as Record<string, unknown>
  if (typeof cartCount !== "number" || !Number.isFinite(cartCount) || typeof loggedIn !== "boolean") return null
  return {
    cartCount: Math.max(0, Math.trunc(cartCount)),
    loggedIn,
    firstName: loggedIn && typeof firstName === "string" && firstName.trim() ? firstName.trim() : null,
  }
}

function readStored(): HeaderStatus {
  try {
    const raw = window.sessionStorage.getItem(STORAGE_KEY)
    return (raw && parseStatus(JSON.parse(raw))) || GUEST
  } catch {
    return GUEST
  }
}

let current: HeaderStatus | null = null
const listeners = new Set<() => void>()
let latestRequest = 0

function getSnapshot(): HeaderStatus {
  if (current === null) {
    current = readStored()
  }
  return current
}

function getServerSnapshot(): HeaderStatus {
  return GUEST
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

function publish(next: HeaderStatus) {
  const previous = getSnapshot()
  if (
    previous.cartCount === next.cartCount &&
    previous.loggedIn === next.loggedIn &&
    previous.firstName === next.firstName
  ) {
    return
  }
  current = next
  try {
    window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(next))
  } catch {
    // Private mode or storage full: the header just starts from the guest state next time.
  }
  for (const listener of listeners) listener()
}

let scheduled: Promise<void> | null = null

/**
 * Asks the server for the shopper's header status. Calls made in the same task share one request
 * (e.g. "Add to cart" and the re-render its Server Action causes); the newest answer wins.
 */
export function refreshHeaderStatus(): Promise<void> {
  if (!scheduled) {
    scheduled = new Promise<void>((resolve) => setTimeout(resolve, 0)).then(() => {
      scheduled = null
      return load()
    })
  }
  return scheduled
}

async function load(): Promise<void> {
  const request = ++latestRequest
  try {
    const response = await fetch("/api/header", { cache: "no-store", credentials: "same-origin" })
    if (!response.ok) return
    const status = parseStatus(await response.json())
    if (status && request === latestRequest) {
      publish(status)
    }
  } catch {
    // Offline or the server is restarting: keep what is shown.
  }
}

/** The header status: the guest one on the server and during hydration, then the shopper's. */
export function useHeaderStatus(): HeaderStatus {
  return useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot)
}

/**
 * Renders nothing; keeps the status fresh. `renderToken` is a new object each time the
 * server renders the header, so its identity changes exactly when the layout was re-rendered.
 */
export default function HeaderStatusSync({ renderToken }: { renderToken: object }) {
  const pathname = usePathname()

  useEffect(() => {
    void refreshHeaderStatus()
  }, [pathname, renderToken])

  useEffect(() => {
    // Back/forward cache restores and returning to the tab may show an outdated cart.
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) void refreshHeaderStatus()
    }
    const onVisible = () => {
      if (document.visibilityState === "visible") void refreshHeaderStatus()
    }
    window.addEventListener("pageshow", onPageShow)
    document.addEventListener("visibilitychange", onVisible)
    return () => {
      window.removeEventListener("pageshow", onPageShow)
      document.removeEventListener("visibilitychange", onVisible)
    }
  }, [])

  return null
}
