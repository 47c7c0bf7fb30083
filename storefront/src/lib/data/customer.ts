import "server-only"

import type { HttpTypes } from "@medusajs/types"
import { cache } from "react"

import { hasPublishableKey } from "@/lib/config"
import { getAuthToken } from "@/lib/data/cookies"
import { sdk } from "@/lib/sdk"
import { isUnauthorized } from "@/lib/util/errors"

/**
 * The logged-in customer (JWT in the httpOnly `_medusa_jwt` cookie). The account's
 * actions (session, profile, addresses, password reset) are in `modules/account/actions.ts`.
 */

const fetchCustomer = cache(async (token: string): Promise<HttpTypes.StoreCustomer | null> => {
  try {
    const { customer } = await sdk.store.customer.retrieve(
      { fields: "*addresses" },
      { authorization: `Bearer ${token}` }
    )
    return customer
  } catch (error) {
    if (isUnauthorized(error)) {
      return null
    }
    throw error
  }
})

/** The logged-in customer, or null for guests (or an expired session). */
export async function retrieveCustomer(): Promise<HttpTypes.StoreCustomer | null> {
  if (!hasPublishableKey()) {
    return null
  }
  const token = await getAuthToken()
  if (!token) {
    return null
  }
  return fetchCustomer(token)
}

/** Like `retrieveCustomer`, but never throws (header link, optional UI). */
export async function retrieveCustomerSafe(): Promise<HttpTypes.StoreCustomer | null> {
  try {
    return await retrieveCustomer()
  } catch {
    return null
  }
}
