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

/** What the header's mini-cart shows: the lines and the amounts, nothing else (see /api/mini-cart). */
export type MiniCart = {
  currencyCode: string
  /** Items before discounts and tax (what the free-shipping line counts). */
  subtotal: number
  lines: {
    id: string
    title: string
    variantTitle: string | null
    handle: string | null
    thumbnail: string | null
    quantity: number
    total: number
  }[]
}

const MINI_CART_FIELDS =
  "id,completed_at,currency_code,item_subtotal,items.id,items.title,items.product_title,items.variant_title,items.product_handle,items.thumbnail,items.quantity,items.unit_price,items.subtotal,items.created_at"

/** The shopper's open cart as the mini-cart shows it; null when there is none (never throws on a 404). */
export async function getMiniCart(): Promise<MiniCart | null> {
  if (!hasPublishableKey()) {
    return null
  }
  const cartId = await getCartId()
  if (!cartId) {
    return null
  }
  const authorization = await authorizationHeader()
  let cart: HttpTypes.StoreCart
  try {
    ;({ cart } = await sdk.store.cart.retrieve(cartId, { fields: MINI_CART_FIELDS }, authorization ? { authorization } : {}))
  } catch (error) {
    if (isNotFound(error)) return null
    throw error
  }
  if (!cart || cart.completed_at) {
    return null
  }
  const lines = [...(cart.items ?? [])].sort((a, b) => String(a.created_at ?? "").localeCompare(String(b.created_at ?? "")))
  return {
    currencyCode: cart.currency_code,
    subtotal: cart.item_subtotal ?? 0,
    lines: lines.map((item) => ({
      id: item.id,
      title: item.product_title || item.title || "Item",
      variantTitle: item.variant_title ?? null,
      handle: item.product_handle ?? null,
      thumbnail: item.thumbnail ?? null,
      quantity: item.quantity,
      total: item.subtotal ?? item.unit_price * item.quantity,
    })),
  }
}
