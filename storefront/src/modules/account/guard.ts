import "server-only"

import type { HttpTypes } from "@medusajs/types"
import { redirect } from "next/navigation"

import { retrieveCustomer } from "@/lib/data/customer"

/** The logged-in customer; sends guests to /account (log in / register). */
export async function requireCustomer(): Promise<HttpTypes.StoreCustomer> {
  const customer = await retrieveCustomer()
  if (!customer) {
    redirect("/account")
  }
  return customer
}
