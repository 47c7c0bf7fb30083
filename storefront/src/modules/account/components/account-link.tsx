import Link from "next/link"

import { retrieveCustomerSafe } from "@/lib/data/customer"

/** Header link: "Log in" for guests, "Account (First name)" for customers. */
export default async function AccountLink() {
  const customer = await retrieveCustomerSafe()
  const className = "inline-flex items-center rounded-md px-2 py-1 font-medium text-inherit no-underline hover:underline"
  if (!customer) {
    return (
      <Link href="/account" className={className} data-testid="account-link">
        Log in
      </Link>
    )
  }
  const name = customer.first_name?.trim()
  return (
    <Link
      href="/account"
      className={className}
      data-testid="account-link"
      aria-label={name ? `Account (${name})` : "Account"}
    >
      Account{name ? <span className="ml-1 opacity-90">({name})</span> : null}
    </Link>
  )
}
