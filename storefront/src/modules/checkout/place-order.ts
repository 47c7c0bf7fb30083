import "server-only"

import type { HttpTypes } from "@medusajs/types"
import { BUSY_RETRY_SECONDS } from "@supplement-store/contract"

import { retrieveCartById } from "@/lib/data/cart"
import { getAuthHeaders, getCartId, getLastOrderId, removeCartId, setLastOrderId } from "@/lib/data/cookies"
import { sdk } from "@/lib/sdk"
import { hasAutoshipLines } from "@supplement-store/contract"
import {
  AUTOSHIP_NEEDS_ACCOUNT,
  friendlyError,
  isAutoshipNeedsAccount,
  isBusy,
  isInsufficientInventory,
  isPaymentNotAuthorized,
  soldOutMessage,
} from "@/lib/util/errors"

/**
 * Placing the order, shared by the `placeOrder` action and the route Stripe sends the shopper back
 * to (`app/checkout/payment-return`). Server-only, and not in `actions.ts`: everything exported from
 * a "use server" file is an endpoint anyone can call.
 */

/**
 * Starts a payment session with the provider for the cart. A card paying for autoship lines is saved
 * with the shopper's Stripe customer (the account holder Medusa makes for a logged-in customer), so
 * renewals can charge it off-session.
 */
export async function initiatePayment(cart: HttpTypes.StoreCart, providerId: string): Promise<void> {
  const headers = await getAuthHeaders()
  const savesCard = providerId.startsWith("pp_stripe") && hasAutoshipLines(cart.items)
  const data = savesCard ? { setup_future_usage: "off_session" } : undefined
  await sdk.store.payment.initiatePaymentSession(cart, { provider_id: providerId, data }, {}, headers)
}

/** What's still missing before the cart can be ordered (empty when ready). */
function missingSteps(cart: HttpTypes.StoreCart): string[] {
  const missing: string[] = []
  if (!cart.items?.length) missing.push("items")
  if (!cart.email || !cart.shipping_address?.address_1) missing.push("address")
  if (!cart.shipping_methods?.length) missing.push("delivery")
  return missing
}

type CheckoutOutcome = { orderId: string } | { error: string }

/**
 * Completes the shopper's cart (the one in this browser's cart cookie, never one named by a form)
 * into an order. Idempotent: a second call for the same cart (double click, retry after a network
 * blip, Stripe's redirect after the webhook already placed the order) lands on the same order,
 * because Medusa's complete route answers the existing order for a completed cart; once the cookie
 * is gone, the order this browser placed is answered.
 */
export async function completeCheckout(providerId: string): Promise<CheckoutOutcome> {
  const cartId = await getCartId()
  const headers = await getAuthHeaders()

  if (!cartId) {
    const placed = await getLastOrderId()
    return placed ? { orderId: placed } : { error: "Your cart is empty." }
  }
  let cart: HttpTypes.StoreCart | null
  try {
    cart = await retrieveCartById(cartId)
  } catch (error) {
    return { error: friendlyError(error) }
  }
  if (!cart) {
    await removeCartId()
    return { error: "Your cart is empty." }
  }

  if (!cart.completed_at) {
    if (hasAutoshipLines(cart.items) && !("authorization" in headers)) {
      return { error: `${AUTOSHIP_NEEDS_ACCOUNT}.` }
    }
    const missing = missingSteps(cart)
    if (missing.length > 0) {
      return { error: "Please complete your address and delivery details before placing the order." }
    }
    const sessions = cart.payment_collection?.payment_sessions ?? []
    const pending = sessions.find((session) => session.status !== "canceled")
    const chosenProvider = pending?.provider_id ?? providerId
    if (!pending) {
      if (!chosenProvider) {
        return { error: "Please choose a payment method." }
      }
      try {
        await initiatePayment(cart, chosenProvider)
      } catch (error) {
        return { error: friendlyError(error, "We couldn't set up the payment. Please try again.") }
      }
    }
  }

  const outOfStock = "Some items in your cart are no longer in stock in that quantity. Please review your cart."
  const notPaid = "Your payment didn't go through, so no order was placed. Your cart is saved: please try again."
  const busy = "Many shoppers are ordering the same items right now and your order wasn't placed yet. Your cart is saved: please try again in a minute."
  const complete = () => sdk.store.cart.complete(cartId, { fields: "id" }, headers)
  let orderId: string
  try {
    // A busy answer (409: the stock or the cart was locked by other checkouts) is retried once, after
    // the pause the backend's Retry-After asks for; completion is idempotent per cart.
    const result = await complete().catch(async (error) => {
      if (!isBusy(error)) {
        throw error
      }
      await new Promise((resolve) => setTimeout(resolve, BUSY_RETRY_SECONDS * 1000))
      return complete()
    })
    if (result.type !== "order") {
      const message = result.error?.message ?? ""
      return {
        error: isInsufficientInventory({ message })
          ? outOfStock
          : isPaymentNotAuthorized({ message })
            ? notPaid
            : friendlyError({ message }, "We couldn't place your order. Please check your details and try again."),
      }
    }
    orderId = result.order.id
  } catch (error) {
    const soldOut = soldOutMessage(error)
    if (soldOut) {
      return { error: `${soldOut}. Please review your cart.` }
    }
    if (isInsufficientInventory(error)) {
      return { error: outOfStock }
    }
    if (isBusy(error)) {
      return { error: busy }
    }
    if (isAutoshipNeedsAccount(error)) {
      return { error: `${AUTOSHIP_NEEDS_ACCOUNT}.` }
    }
    if (isPaymentNotAuthorized(error)) {
      return { error: notPaid }
    }
    return { error: friendlyError(error, "We couldn't place your order. Please try again.") }
  }

  await removeCartId()
  await setLastOrderId(orderId)
  return { orderId }
}


/** The order's confirmation page. */
export const confirmationPath = (orderId: string) => `/order/confirmed/${encodeURIComponent(orderId)}`

/**
 * Where the shopper lands when Stripe sends them back (3-D Secure, a bank's page) naming the payment
 * intent: the order's confirmation once the payment went through, otherwise the review step, which
 * shows Stripe's reason and keeps the cart. Only a payment session of this browser's cart for that
 * very intent is completed, so a link from elsewhere completes nothing; and Medusa's complete asks
 * the provider whether the intent is authorised or captured, never the link.
 */
export async function pathAfterPaymentRedirect(paymentIntentId: string): Promise<string> {
  const review = "/checkout?step=review"
  const cartId = await getCartId()
  const cart = cartId && paymentIntentId ? await retrieveCartById(cartId).catch(() => null) : null
  const sessions = cart?.payment_collection?.payment_sessions ?? []
  if (!sessions.some((session) => session.data?.id === paymentIntentId)) {
    return review
  }
  const outcome = await completeCheckout("")
  return "orderId" in outcome ? confirmationPath(outcome.orderId) : review
}
