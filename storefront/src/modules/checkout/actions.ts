"use server"

import type { HttpTypes } from "@medusajs/types"
import { redirect } from "next/navigation"

import { existingCartForAction } from "@/lib/data/cart"
import { listPaymentProviders } from "@/lib/data/checkout"
import { getAuthHeaders } from "@/lib/data/cookies"
import { sdk } from "@/lib/sdk"
import { AUTOSHIP_NEEDS_ACCOUNT, friendlyError } from "@/lib/util/errors"
import {
  addressSchema,
  echoValues,
  emailSchema,
  fieldErrorsOf,
  formValues,
  type ActionState,
  type FormState,
} from "@/lib/util/forms"
import { hasAutoshipLines } from "@supplement-store/contract"
import { completeCheckout, confirmationPath, initiatePayment } from "@/modules/checkout/place-order"

/**
 * The checkout's Server Actions, one per step: address, delivery, payment, place the order. Every
 * export here is a public endpoint; placing the order lives in `place-order.ts`.
 */

/** Step 1: email and shipping address (billing address = shipping address). */
export async function saveContactAndAddress(
  _prev: FormState,
  formData: FormData
): Promise<FormState> {
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
  const headers = await getAuthHeaders()
  if (hasAutoshipLines(cart.items) && !("authorization" in headers)) {
    return { status: "error", message: `${AUTOSHIP_NEEDS_ACCOUNT}.` }
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

/** Step 4: places the order (see completeCheckout) and shows its confirmation. */
export async function placeOrder(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const outcome = await completeCheckout(String(formData.get("provider_id") ?? ""))
  if ("error" in outcome) {
    return { status: "error", message: outcome.error }
  }
  redirect(confirmationPath(outcome.orderId))
}
