"use server"

import { refresh } from "next/cache"

import { recordCartAttribution } from "@/lib/data/attribution"
import { cartForAction, existingCartForAction } from "@/lib/data/cart"
import { getAuthHeaders } from "@/lib/data/cookies"
import { sdk } from "@/lib/sdk"
import { friendlyError, isInsufficientInventory, isNotFound, stockMessage } from "@/lib/util/errors"
import type { ActionState } from "@/lib/util/forms"
import { getOrCreateCart } from "@/modules/cart/hand-over"

/**
 * The cart's Server Actions: lines and promo codes. Every export here is a public endpoint;
 * the helpers below stay unexported.
 */

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
  let added: { cartId: string; productId: string | undefined }
  try {
    const cart = await getOrCreateCart()
    inCart = (cart.items ?? [])
      .filter((item) => item.variant_id === variantId)
      .reduce((sum, item) => sum + item.quantity, 0)
    const headers = await getAuthHeaders()
    const { cart: updated } = await sdk.store.cart.createLineItem(
      cart.id,
      { variant_id: variantId, quantity },
      { fields: "id,items.variant_id,items.product_id" },
      headers
    )
    added = { cartId: updated.id, productId: updated.items?.find((item) => item.variant_id === variantId)?.product_id ?? undefined }
  } catch (error) {
    if (isInsufficientInventory(error)) {
      return { status: "error", message: await stockErrorFor(variantId, inCart) }
    }
    return { status: "error", message: friendlyError(error, "We couldn't add that to your cart.") }
  }
  if (added.productId) {
    // The cart takes the articles this reader read along to its order; losing that never undoes the add.
    await recordCartAttribution(added.cartId, added.productId).catch((error) => console.error("attribution: could not record an add-to-cart", error))
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
