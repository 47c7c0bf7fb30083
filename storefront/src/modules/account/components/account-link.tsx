"use client"

import Link from "next/link"

import { useHeaderStatus } from "@/modules/common/components/header-status"

/**
 * Header link: "Log in" for guests, "Account (First name)" for customers. Rendered in the
 * browser from `/api/header` (see header-status.tsx) so the pages around it stay cacheable.
 */
export default function AccountLink() {
  const { loggedIn, firstName: name } = useHeaderStatus()
  const className = "inline-flex items-center rounded-md px-2 py-1 font-medium text-inherit no-underline hover:underline"
  if (!loggedIn) {
    return (
      <Link href="/account" prefetch={false} className={className} data-testid="account-link">
        Log in
      </Link>
    )
  }
  return (
    <Link
      href="/account"
      prefetch={false}
      className={className}
      data-testid="account-link"
      aria-label={name ? `Account (${name})` : "Account"}
    >
      Account{name ? <span className="ml-1 opacity-90">({name})</span> : null}
    </Link>
  )
}
