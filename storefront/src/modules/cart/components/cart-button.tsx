"use client"

import Link from "next/link"

import { useHeaderStatus } from "@/modules/common/components/header-status"

/**
 * Header link to the cart with the total number of units in it. Rendered in the browser from
 * `/api/header` (see header-status.tsx) so the pages around it stay cacheable.
 */
export default function CartButton() {
  const { cartCount: count } = useHeaderStatus()
  const label = `Cart, ${count} ${count === 1 ? "item" : "items"}`
  return (
    <Link
      href="/cart"
      prefetch={false}
      aria-label={label}
      data-testid="cart-button"
      className="inline-flex items-center gap-1 rounded-md px-2 py-1 font-medium text-inherit no-underline hover:underline"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="1.8">
        <path d="M3 4h2l2.4 10.2a1 1 0 0 0 1 .8h8.9a1 1 0 0 0 1-.8L20 7H6.2" strokeLinecap="round" strokeLinejoin="round" />
        <circle cx="9.5" cy="19" r="1.4" />
        <circle cx="16.5" cy="19" r="1.4" />
      </svg>
      <span>Cart ({count})</span>
    </Link>
  )
}
