import "server-only"

import type { HttpTypes } from "@medusajs/types"
import { redirect } from "next/navigation"

import { getAuthHeaders } from "@/lib/data/cookies"
import { retrieveCustomer } from "@/lib/data/customer"

/** The logged-in customer; sends guests to /account (log in / register). */
export async function requireCustomer(): Promise<HttpTypes.StoreCustomer> {
  const customer = await retrieveCustomer()
  if (!customer) {
    redirect("/account")
  }
  return customer
}

/** The logged-in customer's auth headers, for an action that changes their account; sends guests to /account. */
export async function requireAuthHeaders(): Promise<{ authorization: string }> {
  const headers = await getAuthHeaders()
  if (!("authorization" in headers)) {
    redirect("/account")
  }
  return { authorization: headers.authorization }
}
