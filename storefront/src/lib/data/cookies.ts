import "server-only"

import { cookies } from "next/headers"

import { config } from "@/lib/config"

/**
 * The cookies the storefront keeps, following Medusa's Next.js starter:
 * the customer's JWT and the id of the current cart (plus, below, the last
 * order placed and an anonymous reader's visitor token). All are httpOnly
 * (never readable from browser scripts) and `secure` in production.
 *
 * sameSite is "lax" rather than "strict": mutations only happen through
 * Server Actions (POST requests, which Next.js also checks against the
 * Origin header), and "lax" keeps a customer logged in when they arrive from
 * a link in an email (e.g. the password-reset mail or an order update).
 */
const AUTH_COOKIE = "_medusa_jwt"
const CART_COOKIE = "_medusa_cart_id"

const WEEK_SECONDS = 60 * 60 * 24 * 7

function baseOptions() {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    secure: config.production,
    path: "/",
  }
}

export async function getAuthToken(): Promise<string | null> {
  const jar = await cookies()
  return jar.get(AUTH_COOKIE)?.value || null
}

/** Headers authenticating the current customer, or `{}` for guests. */
export async function getAuthHeaders(): Promise<{ authorization: string } | Record<string, never>> {
  const token = await getAuthToken()
  return token ? { authorization: `Bearer ${token}` } : {}
}

export async function setAuthToken(token: string): Promise<void> {
  const jar = await cookies()
  jar.set(AUTH_COOKIE, token, { ...baseOptions(), maxAge: WEEK_SECONDS })
}

export async function removeAuthToken(): Promise<void> {
  const jar = await cookies()
  jar.set(AUTH_COOKIE, "", { ...baseOptions(), maxAge: -1 })
}

export async function getCartId(): Promise<string | null> {
  const jar = await cookies()
  return jar.get(CART_COOKIE)?.value || null
}

export async function setCartId(cartId: string): Promise<void> {
  const jar = await cookies()
  jar.set(CART_COOKIE, cartId, { ...baseOptions(), maxAge: WEEK_SECONDS })
}

export async function removeCartId(): Promise<void> {
  const jar = await cookies()
  jar.set(CART_COOKIE, "", { ...baseOptions(), maxAge: -1 })
}

/**
 * The order this browser just placed: the confirmation page shows a guest's
 * order details (email, address) only to the browser that placed it.
 */
const LAST_ORDER_COOKIE = "_medusa_last_order"

export async function setLastOrderId(orderId: string): Promise<void> {
  const jar = await cookies()
  jar.set(LAST_ORDER_COOKIE, orderId, { ...baseOptions(), maxAge: 60 * 60 * 24 })
}

export async function getLastOrderId(): Promise<string | null> {
  const jar = await cookies()
  return jar.get(LAST_ORDER_COOKIE)?.value || null
}

/**
 * An anonymous reader's signed visitor token (handed out by the backend on a
 * first vote), so the same browser can take its vote back. Carries no personal
 * data; kept a year. Only the shape is checked here, the backend checks the signature.
 */
const VISITOR_COOKIE = "_verdant_visitor"
const YEAR_SECONDS = 60 * 60 * 24 * 365
const VISITOR_TOKEN_PATTERN = /^[A-Za-z0-9_.-]{1,200}$/

export async function getVisitorToken(): Promise<string | null> {
  const jar = await cookies()
  const value = jar.get(VISITOR_COOKIE)?.value
  return value && VISITOR_TOKEN_PATTERN.test(value) ? value : null
}

export async function setVisitorToken(token: string): Promise<void> {
  if (!VISITOR_TOKEN_PATTERN.test(token)) {
    return
  }
  const jar = await cookies()
  jar.set(VISITOR_COOKIE, token, { ...baseOptions(), maxAge: YEAR_SECONDS })
}
