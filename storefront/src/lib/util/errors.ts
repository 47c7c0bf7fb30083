import type { ApiError, ApiErrorType, FieldErrors } from "@supplement-store/contract"

/**
 * Turns errors thrown by the Medusa js-sdk (a `FetchError` carrying the
 * backend's `message` and the HTTP `status`), by our own routes (a
 * `StoreApiError` carrying the contract's `{ type, message, fields }`) or by
 * `fetch` itself into short, friendly sentences. Backend messages are never
 * shown verbatim unless they are known to be safe and useful; the UI renders
 * them as plain text.
 */

/** A refusal from one of our own routes, in the contract's shape. */
export class StoreApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiError
  ) {
    super(body.message)
    this.name = "StoreApiError"
  }
}

export type BackendErrorInfo = {
  message: string
  status: number | null
  /** Our own routes' error type (`invalid_data`, `duplicate_error`...); null for Medusa's routes. */
  type: ApiErrorType | null
  /** Per field, the sentence to show beside it (our own routes). */
  fields: FieldErrors
  /** Seconds to wait before trying again, when the backend said. */
  retryAfter: number | null
}

export function errorInfo(error: unknown): BackendErrorInfo {
  if (error instanceof StoreApiError) {
    return {
      message: error.body.message,
      status: error.status,
      type: error.body.type,
      fields: error.body.fields ?? {},
      retryAfter: error.body.retry_after ?? null,
    }
  }
  const none = { type: null, fields: {}, retryAfter: null }
  if (error && typeof error === "object") {
    const maybe = error as { message?: unknown; status?: unknown }
    return {
      message: typeof maybe.message === "string" ? maybe.message : "",
      status: typeof maybe.status === "number" ? maybe.status : null,
      ...none,
    }
  }
  return { message: typeof error === "string" ? error : "", status: null, ...none }
}

/** "Too many requests. Try again in N seconds." when the backend said how long, a general version otherwise. */
export function tooManyRequests(error: unknown): string {
  const { retryAfter } = errorInfo(error)
  return retryAfter ? `Too many requests. Try again in ${retryAfter} seconds.` : "Too many requests. Try again in a few minutes."
}

export const GENERIC_ERROR = "Something went wrong. Please try again."
export const UNREACHABLE_ERROR =
  "We couldn't reach the store right now. Please try again in a moment."
export const OUT_OF_STOCK_ERROR = "Sorry, that's more than we have in stock"

/** True for Medusa's "Some variant does not have the required inventory" (and friends). */
export function isInsufficientInventory(error: unknown): boolean {
  const { message } = errorInfo(error)
  return /required inventory|insufficient[_ ]inventory|not have enough stock/i.test(message)
}

/**
 * The backend's refusal of a checkout for sold-out items names the product ("Magnesium Glycinate is
 * sold out", "Only 2 of ... left"): safe and more useful than the generic stock message.
 */
export function soldOutMessage(error: unknown): string | null {
  const { message, status } = errorInfo(error)
  return status === 400 && /\bis sold out\b|^Only \d+ of .+ left/.test(message) ? message : null
}

/** What the backend answers when a guest cart with autoship lines is completed (and what the checkout says first). */
export const AUTOSHIP_NEEDS_ACCOUNT = "Log in or create an account to start autoship"

/** True when the backend refused to complete a guest cart because it holds autoship lines. */
export function isAutoshipNeedsAccount(error: unknown): boolean {
  const { message, status } = errorInfo(error)
  return status === 400 && message.includes(AUTOSHIP_NEEDS_ACCOUNT)
}

/** True for the backend's "busy" answer (409): a lock was not had in time, or the cart is being completed. */
export function isBusy(error: unknown): boolean {
  return errorInfo(error).status === 409
}

/** True when Medusa refused to complete a cart because the payment provider did not authorize it. */
export function isPaymentNotAuthorized(error: unknown): boolean {
  return /was not authorized with the provider|payment authorization failed/i.test(errorInfo(error).message)
}

export function isNotFound(error: unknown): boolean {
  return errorInfo(error).status === 404
}

export function isUnauthorized(error: unknown): boolean {
  const { status } = errorInfo(error)
  return status === 401 || status === 403
}

function isNetworkError(error: unknown): boolean {
  const { message, status } = errorInfo(error)
  return (
    status === null &&
    /fetch failed|ECONNREFUSED|ECONNRESET|ENOTFOUND|network|socket hang up|terminated/i.test(message)
  )
}

/** "The stock message" for a variant with `available` units left (0 or less: none at all). */
export function stockMessage(available: number | null): string {
  if (available !== null && available > 0) {
    return `Only ${available} left in stock`
  }
  return OUT_OF_STOCK_ERROR
}

/**
 * A friendly message for any backend error. `fallback` replaces the generic
 * text for errors we don't recognise (e.g. "We couldn't update your address").
 */
export function friendlyError(error: unknown, fallback: string = GENERIC_ERROR): string {
  const { message, status } = errorInfo(error)

  if (isNetworkError(error)) {
    return UNREACHABLE_ERROR
  }
  if (isInsufficientInventory(error)) {
    return OUT_OF_STOCK_ERROR
  }

  const promo = message.match(/promotion code (.+?) (?:is invalid|not found|does not exist)/i)
  if (promo || /promotion.*(invalid|not found|expired)/i.test(message)) {
    const code = promo?.[1]?.replace(/^["']|["']$/g, "")
    return code
      ? `The promo code "${code}" isn't valid. Check the spelling or try another code.`
      : "That promo code isn't valid. Check the spelling or try another code."
  }
  if (/invalid email or password/i.test(message)) {
    return "The email or password is incorrect."
  }
  if (/identity with email already exists|customer with email .* already exists|already exists.*email/i.test(message)) {
    return "An account with this email already exists. Log in instead, or reset your password."
  }
  if (/invalid token|token.*expired|jwt expired|invalid signature/i.test(message)) {
    return "This link is invalid or has expired. Please request a new one."
  }
  if (/cart.*(already )?completed/i.test(message)) {
    return "This cart has already been checked out."
  }
  if (/shipping (method|option)/i.test(message) && /(not valid|invalid|unavailable|not available)/i.test(message)) {
    return "That shipping method isn't available for your cart. Please choose another."
  }
  if (status === 429) {
    // The backend's limits (logins, registrations, resets) answer "Too many requests. Try again in N seconds."
    const minutes = Math.ceil(Number(message.match(/in (\d+) seconds?/i)?.[1] ?? 300) / 60)
    return `Too many attempts. Please try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`
  }
  if (status === 401 || status === 403) {
    return "Your session has expired. Please log in again."
  }
  if (status !== null && status >= 500) {
    return "The store had a problem handling that. Please try again in a moment."
  }
  return fallback
}
