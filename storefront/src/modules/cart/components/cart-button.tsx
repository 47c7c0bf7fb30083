"use client"

import { useCallback, useEffect, useId, useRef, useState } from "react"

import { useHeaderStatus } from "@/modules/common/components/header-status"
import MiniCartPanel, { loadMiniCart, type MiniCartData } from "@/modules/cart/components/mini-cart"

/** Sent by "Add to cart" (see showMiniCart) so the header's mini-cart opens briefly. */
const SHOW_EVENT = "verdant:mini-cart"
/** How long the mini-cart stays open after an add, unless the pointer or focus is in it. */
const BRIEF_MS = 4000

/** Opens the mini-cart for a moment, without taking focus (after "Add to cart"). */
export function showMiniCart() {
  window.dispatchEvent(new Event(SHOW_EVENT))
}

/**
 * The header's cart button with the number of units in the cart (from `/api/header`, see
 * header-status.tsx, so pages stay cacheable); it opens the mini-cart, a fixed panel (no layout
 * shift) filled from `/api/mini-cart`. Escape or a click outside closes it and focus returns here.
 */
export default function CartButton() {
  const { cartCount: count } = useHeaderStatus()
  const [cart, setCart] = useState<MiniCartData | undefined>(undefined)
  // "manual": opened with the button (focus moves in); "brief": after an add (closes by itself).
  const [open, setOpen] = useState<false | "manual" | "brief">(false)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const panelRef = useRef<HTMLDivElement>(null)
  const held = useRef(false)
  const panelId = useId()

  const close = useCallback((returnFocus: boolean) => {
    setOpen(false)
    if (returnFocus) buttonRef.current?.focus()
  }, [])

  // The panel appears only once its lines are read, so nothing inside it moves after it shows.
  const openWith = useCallback(async (mode: "manual" | "brief") => {
    setCart(await loadMiniCart())
    setOpen((current) => (current === "manual" ? current : mode))
  }, [])

  useEffect(() => {
    const onShow = () => void openWith("brief")
    window.addEventListener(SHOW_EVENT, onShow)
    return () => window.removeEventListener(SHOW_EVENT, onShow)
  }, [openWith])

  // A line removed (or added elsewhere) while open: read the lines again.
  useEffect(() => {
    if (open) void loadMiniCart().then(setCart)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [count])

  useEffect(() => {
    if (open === "manual") panelRef.current?.focus()
    if (open !== "brief") return
    const timer = setInterval(() => {
      if (!held.current) setOpen((current) => (current === "brief" ? false : current))
    }, BRIEF_MS)
    return () => clearInterval(timer)
  }, [open])

  useEffect(() => {
    if (!open) return
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node
      if (!panelRef.current?.contains(target) && !buttonRef.current?.contains(target)) close(false)
    }
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === "Escape") close(Boolean(panelRef.current?.contains(document.activeElement)))
    }
    document.addEventListener("pointerdown", onPointerDown)
    document.addEventListener("keydown", onKeyDown)
    return () => {
      document.removeEventListener("pointerdown", onPointerDown)
      document.removeEventListener("keydown", onKeyDown)
    }
  }, [open, close])

  const label = `Cart, ${count} ${count === 1 ? "item" : "items"}`
  return (
    <div className="relative">
      <button
        ref={buttonRef}
        type="button"
        aria-label={label}
        aria-expanded={Boolean(open)}
        aria-controls={panelId}
        aria-haspopup="dialog"
        data-testid="cart-button"
        onClick={() => (open ? close(false) : void openWith("manual"))}
        className="inline-flex cursor-pointer items-center gap-1 rounded-md px-2 py-1 font-medium text-inherit hover:underline"
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="1.8">
          <path d="M3 4h2l2.4 10.2a1 1 0 0 0 1 .8h8.9a1 1 0 0 0 1-.8L20 7H6.2" strokeLinecap="round" strokeLinejoin="round" />
          <circle cx="9.5" cy="19" r="1.4" />
          <circle cx="16.5" cy="19" r="1.4" />
        </svg>
        <span>Cart ({count})</span>
      </button>
      {open && cart !== undefined ? (
        <div
          ref={panelRef}
          id={panelId}
          role="dialog"
          aria-label="Your cart"
          tabIndex={-1}
          data-testid="mini-cart"
          onPointerEnter={() => (held.current = true)}
          onPointerLeave={() => (held.current = false)}
          onFocus={() => (held.current = true)}
          onBlur={(event) => {
            held.current = false
            const next = event.relatedTarget as Node | null
            // Tabbing out closes it; focus lost to the page (a removed line's button) does not.
            if (next && !panelRef.current?.contains(next) && next !== buttonRef.current) close(false)
          }}
          className="fixed top-16 right-2 z-50 w-[min(24rem,calc(100vw-1rem))] rounded-lg border border-sand-200 bg-white p-4 text-bark-900 shadow-xl focus:outline-none"
        >
          <MiniCartPanel cart={cart} onNavigate={() => close(false)} />
        </div>
      ) : null}
    </div>
  )
}
