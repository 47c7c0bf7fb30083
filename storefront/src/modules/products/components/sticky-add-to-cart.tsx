"use client"

import { useEffect, useState } from "react"

type StickyAddToCartProps = {
  /**
   * What wraps the product page's add-to-cart form: the bar shows once it has scrolled up out of
   * view, and its button submits that form (same quantity and choice).
   */
  anchor: HTMLElement | null
  title: string
  price: string | null
}

/**
 * Small screens: once the add-to-cart form has scrolled up out of view, a bar fixed to the bottom
 * (fixed, so nothing moves) offers the same "Add to cart". Hidden from `md` up.
 */
export default function StickyAddToCart({ anchor, title, price }: StickyAddToCartProps) {
  const [shown, setShown] = useState(false)

  useEffect(() => {
    if (!anchor) return
    const observer = new IntersectionObserver(([entry]) => {
      // Only once scrolled past it: not while it is still below (a long page's top).
      setShown(!entry.isIntersecting && entry.boundingClientRect.top < 0)
    })
    observer.observe(anchor)
    return () => observer.disconnect()
  }, [anchor])

  if (!shown) return null
  return (
    <div
      data-testid="sticky-add-to-cart"
      className="fixed inset-x-0 bottom-0 z-40 border-t border-sand-200 bg-white/95 px-4 py-3 shadow-[0_-4px_12px_rgba(0,0,0,0.08)] md:hidden"
    >
      <div className="flex items-center gap-3">
        <p className="min-w-0 flex-1 text-sm">
          <span className="block truncate font-semibold text-bark-900">{title}</span>
          {price ? <span className="text-bark-700">{price}</span> : null}
        </p>
        <button
          type="button"
          onClick={() => anchor?.querySelector("form")?.requestSubmit()}
          className="rounded-md bg-leaf-700 px-5 py-2.5 font-semibold text-white shadow-sm hover:bg-leaf-800"
        >
          Add to cart
        </button>
      </div>
    </div>
  )
}
