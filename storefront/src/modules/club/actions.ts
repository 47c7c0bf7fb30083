"use server"

import { refresh } from "next/cache"

import { getCartId } from "@/lib/data/cookies"
import { sdk } from "@/lib/sdk"
import { errorInfo, friendlyError } from "@/lib/util/errors"
import type { FormState } from "@/lib/util/forms"
import { requireAuthHeaders } from "@/modules/account/guard"
import { refreshCartPrices } from "@/modules/cart/hand-over"

/** Joins the SmartSavings Club, then reprices the cart so member prices apply right away. */
export async function joinClub(_prev: FormState, _formData: FormData): Promise<FormState> {
  const headers = await requireAuthHeaders()
  const cartId = await getCartId()
  try {
    await sdk.client.fetch("/store/customers/me/club", {
      method: "POST",
      headers,
      body: cartId ? { cart_id: cartId } : {},
    })
  } catch (error) {
    const { status } = errorInfo(error)
    return {
      status: "error",
      message:
        status === 404
          ? "Joining the club isn't available right now. Please try again later."
          : friendlyError(error, "We couldn't add you to the club. Please try again."),
    }
  }
  await refreshCartPrices()
  refresh()
  return { status: "success", message: "Welcome to the SmartSavings Club!" }
}
