import "server-only"

import type { HttpTypes } from "@medusajs/types"

import { CART_FIELDS, retrieveCart } from "@/lib/data/cart"
import { getAuthHeaders, getCartId, removeCartId, setCartId } from "@/lib/data/cookies"
import { getDefaultRegion } from "@/lib/data/regions"
import { sdk } from "@/lib/sdk"
import { isNotFound } from "@/lib/util/errors"

/**
 * What other domains' actions do to the shopper's cart: attach it when the shopper logs in, open one
 * for an autoship line. Server-only, and deliberately not in `actions.ts`: everything exported
 * from a "use server" file is an endpoint anyone can call.
 */

/**
 * Attaches the guest cart to the customer who just logged in (Medusa's
 * transfer route; it also reprices the lines with the customer's groups).
 * When the cart can't be transferred (e.g. it belongs to someone else), the
 * cookie is dropped so the customer starts a fresh cart.
 */
export async function transferCartToCustomer(): Promise<void> {
  const cartId = await getCartId()
  if (!cartId) {
    return
  }
  const headers = await getAuthHeaders()
  if (!("authorization" in headers)) {
    return
  }
  try {
    await sdk.store.cart.transferCart(cartId, { fields: "id" }, headers)
  } catch (error) {
    if (isNotFound(error) || (error as { status?: number }).status === 400) {
      await removeCartId()
    }
  }
}

/** The open cart, creating one in the store's region (and setting the cookie) when needed. */
export async function getOrCreateCart(): Promise<HttpTypes.StoreCart> {
  const existing = await retrieveCart()
  if (existing) {
    return existing
  }
  const region = await getDefaultRegion()
  const headers = await getAuthHeaders()
  const { cart } = await sdk.store.cart.create({ region_id: region.id }, { fields: CART_FIELDS }, headers)
  await setCartId(cart.id)
  return cart
}
