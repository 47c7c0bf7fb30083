import "server-only"

import { cartForAction } from "@/lib/data/cart"
import { getAuthHeaders, getCartId, removeCartId } from "@/lib/data/cookies"
import { sdk } from "@/lib/sdk"
import { isNotFound } from "@/lib/util/errors"

/**
 * What other domains' actions do to the shopper's cart when who the shopper is changes (logging
 * in, joining the club). Server-only, and deliberately not in `actions.ts`: everything exported
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

/** Recalculates line prices (e.g. after joining the club); setting the region forces Medusa's refresh. */
export async function refreshCartPrices(): Promise<void> {
  const { cart } = await cartForAction()
  if (!cart) {
    return
  }
  try {
    const headers = await getAuthHeaders()
    await sdk.store.cart.update(cart.id, { region_id: cart.region_id }, { fields: "id" }, headers)
  } catch {
    // Prices refresh again on the next cart change; nothing to tell the shopper.
  }
}
