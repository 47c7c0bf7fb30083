import "server-only"

import type { HttpTypes } from "@medusajs/types"

import { getAuthHeaders } from "@/lib/data/cookies"
import { sdk } from "@/lib/sdk"

/** What the checkout offers for a cart: its shipping options and the region's payment providers. */

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
