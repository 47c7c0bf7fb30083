"use client"

import { usePathname, useRouter } from "next/navigation"
import { useEffect, useId, useRef, useState } from "react"

import type { ArticleHit, ForumThreadHit, ProductHit } from "@/lib/data/search"
import { formatAmount } from "@/lib/util/money"
import { threadPath } from "@/modules/forums/utils"
import Highlighted from "@/modules/search/components/highlighted"

type Results = { products: ProductHit[]; articles: ArticleHit[]; threads: ForumThreadHit[] }
type Option = { id: string; href: string; group: "Products" | "Articles" | "Forum threads"; title: string; detail: string }

const DEBOUNCE_MS = 150
const MIN_CHARS = 2

function toOptions(results: Results): Option[] {
  return [
    ...results.products.map((p) => ({
      id: p.id,
      href: `/products/${encodeURIComponent(p.handle)}`,
      group: "Products" as const,
      title: p.title,
      detail: [
        p.price !== null && p.currency_code ? formatAmount(p.price, p.currency_code) : null,
        p.club_price !== null && p.currency_code ? `Club ${formatAmount(p.club_price, p.currency_code)}` : null,
        p.review_count ? `★ ${p.rating.toFixed(1)} (${p.review_count})` : null,
        p.in_stock ? null : "Out of stock",
      ]
        .filter(Boolean)
        .join(" · "),
    })),
    ...results.articles.map((a) => ({
      id: a.id,
      href: `/news/${encodeURIComponent(a.handle)}`,
      group: "Articles" as const,
      title: a.title,
      detail: a.topic ?? "",
    })),
    ...results.threads.map((t) => ({
      id: t.id,
      href: threadPath(t.forum_handle, t.handle),
      group: "Forum threads" as const,
      title: t.title,
      detail: `${t.forum} · ${t.reply_count === 1 ? "1 reply" : `${t.reply_count} replies`}`,
    })),
  ]
}

type InstantSearchProps = { idSuffix?: string; className?: string }

/**
 * The header search box. Without JavaScript it is a plain GET form to /search; with it, results
 * appear as you type (debounced), grouped Products / Articles / Forum threads, and arrow keys move through them.
 */
export default function InstantSearch({ idSuffix = "header", className = "" }: InstantSearchProps) {
  const router = useRouter()
  const listId = useId()
  const inputId = `site-search-${idSuffix}`
  const [query, setQuery] = useState("")
  const [results, setResults] = useState<Results | null>(null)
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const containerRef = useRef<HTMLDivElement>(null)
  const pathname = usePathname()

  // A new page starts closed.
  const [shownPath, setShownPath] = useState(pathname)
  if (shownPath !== pathname) {
    setShownPath(pathname)
    setOpen(false)
  }
  // On /search the box keeps the query the page shows. The header is part of cached pages, where
  // useSearchParams would give up static rendering, so the query is read from the URL once hydrated.
  useEffect(() => {
    if (pathname === "/search") {
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setQuery(new URLSearchParams(window.location.search).get("q") ?? "")
    }
  }, [pathname])

  useEffect(() => {
    const q = query.trim()
    if (q.length < MIN_CHARS) {
      return
    }
    const controller = new AbortController()
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/search?q=${encodeURIComponent(q)}`, { signal: controller.signal })
        if (response.ok) {
          setResults((await response.json()) as Results)
          setActive(-1)
        }
      } catch {
        // Aborted by the next keystroke, or offline: the form still submits to /search.
      }
    }, DEBOUNCE_MS)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [query])

  useEffect(() => {
    const close = (event: MouseEvent) => {
      if (!containerRef.current?.contains(event.target as Node)) setOpen(false)
    }
    document.addEventListener("mousedown", close)
    return () => document.removeEventListener("mousedown", close)
  }, [])

  // Results belong to a query long enough to search.
  const shown = query.trim().length >= MIN_CHARS ? results : null
  const options = shown ? toOptions(shown) : []
  const expanded = open && shown !== null
  const optionId = (index: number) => `${listId}-option-${index}`

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (!options.length) return
      event.preventDefault()
      setOpen(true)
      const step = event.key === "ArrowDown" ? 1 : -1
      // -1 is the input itself; moving past either end wraps through it.
      setActive((current) => {
        const next = current + step
        if (next < -1) return options.length - 1
        return next >= options.length ? -1 : next
      })
    } else if (event.key === "Escape") {
      // The first Escape only closes the suggestions; the browser's own (clearing the box) waits for a second.
      if (expanded) event.preventDefault()
      setOpen(false)
      setActive(-1)
    } else if (event.key === "Enter" && expanded && active >= 0 && active < options.length) {
      event.preventDefault()
      setOpen(false)
      router.push(options[active].href)
    }
  }

  return (
    <div ref={containerRef} className={`relative w-full ${className}`}>
      <form action="/search" method="get" role="search" className="flex w-full" onSubmit={() => setOpen(false)}>
        <label htmlFor={inputId} className="sr-only">
          Search products and articles
        </label>
        <input
          id={inputId}
          type="search"
          name="q"
          role="combobox"
          aria-label="Search products and articles"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 && active < options.length ? optionId(active) : undefined}
          autoComplete="off"
          placeholder="Search supplements, brands, health news…"
          maxLength={200}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value)
            setOpen(true)
          }}
          onFocus={() => setOpen(true)}
          onKeyDown={onKeyDown}
          className="min-w-0 flex-1 rounded-l-md border border-r-0 border-sand-300 bg-white px-3 py-2 text-sm text-bark-900 placeholder:text-bark-400 focus-visible:outline-2 focus-visible:-outline-offset-1"
        />
        <button type="submit" className="rounded-r-md bg-leaf-600 px-4 py-2 text-sm font-semibold text-white hover:bg-leaf-700">
          Search
        </button>
      </form>

      {expanded ? (
        <div className="absolute top-full right-0 left-0 z-40 mt-1 rounded-md border border-sand-200 bg-white shadow-lg">
          <ul id={listId} role="listbox" aria-label="Search suggestions" className="max-h-[28rem] overflow-y-auto py-1">
            {options.length === 0 ? (
              <li role="presentation" className="px-3 py-2 text-sm text-bark-600">
                No quick matches. Press Enter to search everything.
              </li>
            ) : null}
            {options.map((option, index) => (
              <li key={option.id} role="presentation">
                {index === 0 || options[index - 1].group !== option.group ? (
                  <div role="presentation" className="px-3 pt-2 pb-1 text-xs font-semibold tracking-wide text-bark-500 uppercase">
                    {option.group}
                  </div>
                ) : null}
                <a
                  id={optionId(index)}
                  role="option"
                  aria-selected={index === active}
                  href={option.href}
                  onMouseEnter={() => setActive(index)}
                  onClick={() => setOpen(false)}
                  className={`block px-3 py-2 text-sm no-underline ${index === active ? "bg-leaf-50" : ""}`}
                >
                  <span className="block text-bark-900">
                    <Highlighted text={option.title} query={query} />
                  </span>
                  {option.detail ? <span className="block text-xs text-bark-600">{option.detail}</span> : null}
                </a>
              </li>
            ))}
          </ul>
          <a
            href={`/search?q=${encodeURIComponent(query.trim())}`}
            className="block border-t border-sand-200 px-3 py-2 text-sm font-medium text-leaf-700"
            onClick={() => setOpen(false)}
          >
            See all results for “{query.trim()}”
          </a>
        </div>
      ) : null}
    </div>
  )
}
