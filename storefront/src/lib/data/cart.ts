import "server-only"

import type { HttpTypes } from "@medusajs/types"
import { cache } from "react"

import { hasPublishableKey } from "@/lib/config"
import { getAuthHeaders, getCartId } from "@/lib/data/cookies"
import { sdk } from "@/lib/sdk"
import { friendlyError, isNotFound } from "@/lib/util/errors"

/**
 * The shopper's cart, read for server components and for the cart and checkout
 * actions (`modules/cart/actions.ts`, `modules/checkout/actions.ts`). The cart id
 * lives in the httpOnly `_medusa_cart_id` cookie; requests carry the customer's
 * JWT when logged in so Medusa prices the cart with their customer groups.
 */

/** The fields of a full cart: lines with their variants and totals, promotions, shipping, payment. */
export const CART_FIELDS = [
  "*items",
  "+items.total",
  "+items.subtotal",
  "*items.variant",
  "*promotions",
  "+shipping_methods.name",
  "*payment_collection",
  "*payment_collection.payment_sessions",
  "*region",
].join(",")

const fetchCart = cache(async (cartId: string, authorization: string | undefined) => {
  const headers: Record<string, string> = authorization ? { authorization } : {}
  try {
    const { cart } = await sdk.store.cart.retrieve(cartId, { fields: CART_FIELDS }, headers)
    return cart
  } catch (error) {
    if (isNotFound(error)) {
      return null
    }
    throw error
  }
})

async function authorizationHeader(): Promise<string | undefined> {
  const headers = await getAuthHeaders()
  return "authorization" in headers ? headers.authorization : undefined
}

/** The cart with this id as the shopper sees it, completed or not; null when unknown. */
export async function retrieveCartById(cartId: string): Promise<HttpTypes.StoreCart | null> {
  return fetchCart(cartId, await authorizationHeader())
}

/**
 * The shopper's open cart, or null when there is none (no cookie, unknown id,
 * or a cart that was already checked out).
 */
export async function retrieveCart(): Promise<HttpTypes.StoreCart | null> {
  if (!hasPublishableKey()) {
    return null
  }
  const cartId = await getCartId()
  if (!cartId) {
    return null
  }
  const cart = await retrieveCartById(cartId)
  if (!cart || cart.completed_at) {
    return null
  }
  return cart
}

/** The cart for an action; a backend outage becomes a friendly message instead of an error page. */
export async function cartForAction(): Promise<{ cart: HttpTypes.StoreCart | null; error?: string }> {
  try {
    return { cart: await retrieveCart() }
  } catch (error) {
    return { cart: null, error: friendlyError(error) }
  }
}

/** The cart for an action that needs one: the cart, or the message to show when it can't be loaded or there is none. */
export async function existingCartForAction(): Promise<
  { cart: HttpTypes.StoreCart; error?: undefined } | { cart: null; error: string }
> {
  const { cart, error } = await cartForAction()
  if (error) {
    return { cart: null, error }
  }
  return cart ? { cart } : { cart: null, error: "Your cart is empty." }
}
