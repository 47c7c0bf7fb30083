import "server-only"

import { hasPublishableKey } from "@/lib/config"
import { getAuthToken, getCartId } from "@/lib/data/cookies"
import { sdk } from "@/lib/sdk"
import { isNotFound, isUnauthorized } from "@/lib/util/errors"

/**
 * What the site header shows about the shopper: the number of units in the cart
 * and whether (and as whom) they are logged in. Read per request from the
 * cookies by `GET /api/header`, so that pages themselves stay cacheable.
 */
export type HeaderStatus = {
  cartCount: number
  loggedIn: boolean
  firstName: string | null
}

export const GUEST_STATUS: HeaderStatus = { cartCount: 0, loggedIn: false, firstName: null }

/** Units in the open cart: only the line quantities are read (no totals, no pricing). */
async function cartCount(cartId: string, token: string | null): Promise<number> {
  try {
    const { cart } = await sdk.store.cart.retrieve(
      cartId,
      { fields: "id,completed_at,items.id,items.quantity" },
      token ? { authorization: `Bearer ${token}` } : {}
    )
    if (!cart || cart.completed_at) {
      return 0
    }
    return (cart.items ?? []).reduce((sum, item) => sum + (item.quantity ?? 0), 0)
  } catch (error) {
    // An unknown cart counts as empty; so does an outage (the header never fails).
    if (!isNotFound(error)) {
      console.error("header: the cart could not be read", error)
    }
    return 0
  }
}

/** The logged-in customer's first name; `null` as customer for guests or expired sessions. */
async function customerName(token: string): Promise<{ firstName: string | null } | null> {
  try {
    const { customer } = await sdk.store.customer.retrieve(
      { fields: "id,first_name" },
      { authorization: `Bearer ${token}` }
    )
    return { firstName: customer.first_name?.trim() || null }
  } catch (error) {
    if (!isUnauthorized(error)) {
      console.error("header: the customer could not be read", error)
    }
    return null
  }
}

/** The header status of the current request's shopper; never throws. */
export async function getHeaderStatus(): Promise<HeaderStatus> {
  if (!hasPublishableKey()) {
    return GUEST_STATUS
  }
  const [cartId, token] = await Promise.all([getCartId(), getAuthToken()])
  const [count, customer] = await Promise.all([
    cartId ? cartCount(cartId, token) : 0,
    token ? customerName(token) : null,
  ])
  return { cartCount: count, loggedIn: customer !== null, firstName: customer?.firstName ?? null }
}
