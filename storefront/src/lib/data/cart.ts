"use server"

import type { HttpTypes } from "@medusajs/types"
import { refresh } from "next/cache"
import { redirect } from "next/navigation"
import { cache } from "react"

import { hasPublishableKey } from "@/lib/config"
import {
  getAuthHeaders,
  getCartId,
  getLastOrderId,
  removeCartId,
  setCartId,
  setLastOrderId,
} from "@/lib/data/cookies"
import { getDefaultRegion } from "@/lib/data/regions"
import { sdk } from "@/lib/sdk"
import {
  friendlyError,
  isBusy,
  isInsufficientInventory,
  isNotFound,
  isPaymentNotAuthorized,
  stockMessage,
  soldOutMessage,
} from "@/lib/util/errors"
import {
  addressSchema,
  echoValues,
  emailSchema,
  fieldErrorsOf,
  formValues,
  type FormState,
} from "@/lib/util/forms"

/**
 * Everything about the shopper's cart and checkout: reads (called from server
 * components) and the Server Actions that mutate it. The cart id lives in the
 * httpOnly `_medusa_cart_id` cookie; requests carry the customer's JWT when
 * logged in so Medusa prices the cart with their customer groups.
 */

const CART_FIELDS = [
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

export type ActionState = {
  status: "idle" | "success" | "error"
  message?: string
}

// ---------------------------------------------------------------- reads

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
  const cart = await fetchCart(cartId, await authorizationHeader())
  if (!cart || cart.completed_at) {
    return null
  }
  return cart
}

/** Total quantity of all lines of the cart (0 without a cart); never throws. */
export async function getCartQuantity(): Promise<number> {
  try {
    const cart = await retrieveCart()
    return (cart?.items ?? []).reduce((sum, item) => sum + (item.quantity ?? 0), 0)
  } catch {
    return 0
  }
}

/** Shipping options for the cart, each with its price for this cart (e.g. free Standard over $49). */
export async function listShippingOptions(
  cartId: string
): Promise<HttpTypes.StoreCartShippingOption[]> {
  const headers = await getAuthHeaders()
  const { shipping_options } = await sdk.store.fulfillment.listCartOptions(
    { cart_id: cartId },
    headers
  )
  return shipping_options
}

/** Payment providers enabled in the cart's region (e.g. `pp_system_default`). */
export async function listPaymentProviders(
  regionId: string
): Promise<HttpTypes.StorePaymentProvider[]> {
  const headers = await getAuthHeaders()
  const { payment_providers } = await sdk.store.payment.listPaymentProviders(
    { region_id: regionId },
    headers
  )
  return payment_providers
}

// ---------------------------------------------------------------- helpers

/** The open cart, creating one in the store's region (and setting the cookie) when needed. */
async function getOrCreateCart(): Promise<HttpTypes.StoreCart> {
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

/** Units of a variant the store can still sell (null when it isn't tracked or can't be read). */
async function availableQuantity(variantId: string): Promise<number | null> {
  try {
    const { variant } = await sdk.client.fetch<{
      variant: { inventory_quantity?: number | null; manage_inventory?: boolean | null }
    }>(`/store/product-variants/${encodeURIComponent(variantId)}`, {
      method: "GET",
      query: { fields: "id,inventory_quantity,manage_inventory" },
    })
    if (variant.manage_inventory === false || typeof variant.inventory_quantity !== "number") {
      return null
    }
    return Math.max(0, variant.inventory_quantity)
  } catch {
    return null
  }
}

/** "Only N left in stock" for a variant, taking what is already in the cart into account. */
async function stockErrorFor(variantId: string, inCart: number): Promise<string> {
  const available = await availableQuantity(variantId)
  if (available === null || available <= 0 || inCart <= 0) {
    return stockMessage(available)
  }
  const remaining = available - inCart
  return remaining > 0
    ? `Only ${available} left in stock and ${inCart} ${inCart === 1 ? "is" : "are"} already in your cart: you can add ${remaining} more`
    : `Only ${available} left in stock, and ${available === 1 ? "it's" : "they're all"} already in your cart`
}

function parseQuantity(raw: FormDataEntryValue | null): number | null {
  const value = Number(typeof raw === "string" ? raw.trim() : NaN)
  if (!Number.isInteger(value) || value < 1 || value > 999) {
    return null
  }
  return value
}

// ---------------------------------------------------------------- cart actions

/** The cart for an action; a backend outage becomes a friendly message instead of an error page. */
async function cartForAction(): Promise<{ cart: HttpTypes.StoreCart | null; error?: string }> {
  try {
    return { cart: await retrieveCart() }
  } catch (error) {
    return { cart: null, error: friendlyError(error) }
  }
}

/** The cart for an action that needs one: the cart, or the message to show when it can't be loaded or there is none. */
async function existingCartForAction(): Promise<
  { cart: HttpTypes.StoreCart; error?: undefined } | { cart: null; error: string }
> {
  const { cart, error } = await cartForAction()
  if (error) {
    return { cart: null, error }
  }
  return cart ? { cart } : { cart: null, error: "Your cart is empty." }
}

/** Adds `quantity` of `variant_id` to the cart (creating the cart in the US region when needed). */
export async function addToCart(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const variantId = String(formData.get("variant_id") ?? "").trim()
  const quantity = parseQuantity(formData.get("quantity"))
  if (!variantId) {
    return { status: "error", message: "Choose an option first." }
  }
  if (quantity === null) {
    return { status: "error", message: "Enter a quantity of 1 or more." }
  }

  let inCart = 0
  try {
    const cart = await getOrCreateCart()
    inCart = (cart.items ?? [])
      .filter((item) => item.variant_id === variantId)
      .reduce((sum, item) => sum + item.quantity, 0)
    const headers = await getAuthHeaders()
    await sdk.store.cart.createLineItem(
      cart.id,
      { variant_id: variantId, quantity },
      { fields: "id" },
      headers
    )
  } catch (error) {
    if (isInsufficientInventory(error)) {
      return { status: "error", message: await stockErrorFor(variantId, inCart) }
    }
    return { status: "error", message: friendlyError(error, "We couldn't add that to your cart.") }
  }

  refresh()
  return {
    status: "success",
    message: "Added to cart",
  }
}

/** Sets the quantity of one line (`line_id`, `quantity`). */
export async function updateLineItem(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const lineId = String(formData.get("line_id") ?? "")
  const quantity = parseQuantity(formData.get("quantity"))
  if (quantity === null) {
    return { status: "error", message: "Enter a quantity of 1 or more." }
  }
  const { cart, error: cartError } = await cartForAction()
  if (cartError) {
    return { status: "error", message: cartError }
  }
  const line = cart?.items?.find((item) => item.id === lineId)
  if (!cart || !line) {
    refresh()
    return { status: "error", message: "That item is no longer in your cart." }
  }
  if (line.quantity === quantity) {
    return { status: "idle" }
  }
  try {
    const headers = await getAuthHeaders()
    await sdk.store.cart.updateLineItem(cart.id, line.id, { quantity }, { fields: "id" }, headers)
  } catch (error) {
    if (isInsufficientInventory(error) && line.variant_id) {
      return { status: "error", message: await stockErrorFor(line.variant_id, 0) }
    }
    return { status: "error", message: friendlyError(error, "We couldn't update the quantity.") }
  }
  refresh()
  return { status: "success", message: "Quantity updated" }
}

/** Removes one line (`line_id`) from the cart. */
export async function removeLineItem(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const lineId = String(formData.get("line_id") ?? "")
  const { cart, error: cartError } = await cartForAction()
  if (cartError) {
    return { status: "error", message: cartError }
  }
  if (!cart || !cart.items?.some((item) => item.id === lineId)) {
    refresh()
    return { status: "idle" }
  }
  try {
    const headers = await getAuthHeaders()
    await sdk.store.cart.deleteLineItem(cart.id, lineId, {}, headers)
  } catch (error) {
    if (!isNotFound(error)) {
      return { status: "error", message: friendlyError(error, "We couldn't remove that item.") }
    }
  }
  refresh()
  return { status: "success" }
}

/** Applies the promo code in `code` (case-insensitive). */
export async function applyPromoCode(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const code = String(formData.get("code") ?? "").trim().toUpperCase()
  if (!code) {
    return { status: "error", message: "Enter a promo code." }
  }
  if (code.length > 64 || !/^[A-Z0-9_\-]+$/.test(code)) {
    return { status: "error", message: `The promo code "${code.slice(0, 64)}" isn't valid. Check the spelling or try another code.` }
  }
  const { cart, error: cartError } = await existingCartForAction()
  if (!cart) {
    return { status: "error", message: cartError }
  }
  if (cart.promotions?.some((promotion) => promotion.code?.toUpperCase() === code)) {
    return { status: "error", message: `The code "${code}" is already applied.` }
  }
  try {
    const headers = await getAuthHeaders()
    const { cart: updated } = await sdk.store.cart.addPromotions(
      cart.id,
      { promo_codes: [code] },
      { fields: "id,*promotions" },
      headers
    )
    // Medusa may accept a code that doesn't apply to this cart without adding it.
    const applied = updated.promotions?.some((promotion) => promotion.code?.toUpperCase() === code)
    if (!applied) {
      return {
        status: "error",
        message: `The promo code "${code}" isn't valid. Check the spelling or try another code.`,
      }
    }
  } catch (error) {
    return { status: "error", message: friendlyError(error, `The promo code "${code}" couldn't be applied.`) }
  }
  refresh()
  return { status: "success", message: `Promo code ${code} applied` }
}

/** Removes the promo code in `code`. */
export async function removePromoCode(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const code = String(formData.get("code") ?? "").trim()
  const { cart, error: cartError } = await cartForAction()
  if (cartError) {
    return { status: "error", message: cartError }
  }
  if (!cart || !code) {
    return { status: "idle" }
  }
  try {
    const headers = await getAuthHeaders()
    await sdk.store.cart.removePromotions(cart.id, { promo_codes: [code] }, { fields: "id" }, headers)
  } catch (error) {
    return { status: "error", message: friendlyError(error, "We couldn't remove that code.") }
  }
  refresh()
  return { status: "success" }
}

// ---------------------------------------------------------------- customer hand-over

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

/** Forgets the cart (e.g. at logout: the cart now belongs to the customer). */
export async function forgetCart(): Promise<void> {
  await removeCartId()
}

// ---------------------------------------------------------------- checkout actions

export type AddressFormState = FormState

/** Step 1: email and shipping address (billing address = shipping address). */
export async function saveContactAndAddress(
  _prev: AddressFormState,
  formData: FormData
): Promise<AddressFormState> {
  const values = formValues(formData)
  const email = emailSchema.safeParse(values.email ?? "")
  const address = addressSchema.safeParse(values)
  if (!email.success || !address.success) {
    return {
      status: "error",
      message: "Please correct the highlighted fields.",
      fieldErrors: {
        ...(address.success ? {} : fieldErrorsOf(address.error)),
        ...(email.success ? {} : { email: email.error.issues[0]?.message }),
      },
      values: echoValues(values),
    }
  }

  const { cart, error: cartError } = await existingCartForAction()
  if (!cart) {
    return { status: "error", message: cartError, values: echoValues(values) }
  }

  const shippingAddress: HttpTypes.StoreAddAddress = {
    ...address.data,
    country_code: "us",
  }
  try {
    const headers = await getAuthHeaders()
    await sdk.store.cart.update(
      cart.id,
      {
        email: email.data,
        shipping_address: shippingAddress,
        billing_address: shippingAddress,
        // Read by the backend when the order is placed: a ticked box starts the newsletter double opt-in.
        metadata: { ...cart.metadata, marketing_consent: values.marketing_consent === "on" },
      },
      { fields: "id" },
      headers
    )
  } catch (error) {
    return {
      status: "error",
      message: friendlyError(error, "We couldn't save your address. Please try again."),
      values: echoValues(values),
    }
  }
  redirect("/checkout?step=delivery")
}

/** Step 2: the shipping method (`option_id`). */
export async function saveShippingMethod(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const optionId = String(formData.get("option_id") ?? "")
  if (!optionId) {
    return { status: "error", message: "Choose a shipping method." }
  }
  const { cart, error: cartError } = await existingCartForAction()
  if (!cart) {
    return { status: "error", message: cartError }
  }
  try {
    const headers = await getAuthHeaders()
    await sdk.store.cart.addShippingMethod(cart.id, { option_id: optionId }, { fields: "id" }, headers)
  } catch (error) {
    return {
      status: "error",
      message: friendlyError(error, "That shipping method isn't available for your cart. Please choose another."),
    }
  }
  redirect("/checkout?step=payment")
}

async function initiatePayment(cart: HttpTypes.StoreCart, providerId: string): Promise<void> {
  const headers = await getAuthHeaders()
  await sdk.store.payment.initiatePaymentSession(cart, { provider_id: providerId }, {}, headers)
}

/** Step 3: the payment provider (`provider_id`); starts a payment session with it. */
export async function savePaymentMethod(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const providerId = String(formData.get("provider_id") ?? "")
  if (!providerId) {
    return { status: "error", message: "Choose a payment method." }
  }
  const { cart, error: cartError } = await existingCartForAction()
  if (!cart) {
    return { status: "error", message: cartError }
  }
  try {
    const providers = await listPaymentProviders(cart.region_id ?? "")
    if (!providers.some((provider) => provider.id === providerId)) {
      return { status: "error", message: "That payment method isn't available. Please choose another." }
    }
    await initiatePayment(cart, providerId)
  } catch (error) {
    return { status: "error", message: friendlyError(error, "We couldn't set up the payment. Please try again.") }
  }
  redirect("/checkout?step=review")
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
async function completeCheckout(providerId: string): Promise<CheckoutOutcome> {
  const cartId = await getCartId()
  const headers = await getAuthHeaders()

  if (!cartId) {
    const placed = await getLastOrderId()
    return placed ? { orderId: placed } : { error: "Your cart is empty." }
  }
  let cart: HttpTypes.StoreCart | null
  try {
    cart = await fetchCart(cartId, await authorizationHeader())
  } catch (error) {
    return { error: friendlyError(error) }
  }
  if (!cart) {
    await removeCartId()
    return { error: "Your cart is empty." }
  }

  if (!cart.completed_at) {
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
      await new Promise((resolve) => setTimeout(resolve, BUSY_RETRY_MS))
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
    if (isPaymentNotAuthorized(error)) {
      return { error: notPaid }
    }
    return { error: friendlyError(error, "We couldn't place your order. Please try again.") }
  }

  await removeCartId()
  await setLastOrderId(orderId)
  return { orderId }
}

// The backend's Retry-After for a busy checkout (backend/src/api/utils/error-handler.ts).
const BUSY_RETRY_MS = 2000

const confirmationPath = (orderId: string) => `/order/confirmed/${encodeURIComponent(orderId)}`

/** Step 4: places the order (see completeCheckout) and shows its confirmation. */
export async function placeOrder(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const outcome = await completeCheckout(String(formData.get("provider_id") ?? ""))
  if ("error" in outcome) {
    return { status: "error", message: outcome.error }
  }
  redirect(confirmationPath(outcome.orderId))
}

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
  const cart = cartId && paymentIntentId ? await fetchCart(cartId, await authorizationHeader()).catch(() => null) : null
  const sessions = cart?.payment_collection?.payment_sessions ?? []
  if (!sessions.some((session) => session.data?.id === paymentIntentId)) {
    return review
  }
  const outcome = await completeCheckout("")
  return "orderId" in outcome ? confirmationPath(outcome.orderId) : review
}
