import type { Metadata } from "next"

import { hasPublishableKey } from "@/lib/config"
import { retrieveCart } from "@/lib/data/cart"
import { retrieveCustomerSafe } from "@/lib/data/customer"
import EmptyCart from "@/modules/cart/components/empty-cart"
import CheckoutFlow from "@/modules/checkout/templates/checkout-flow"
import MissingKeyNotice from "@/modules/common/components/missing-key-notice"

export const metadata: Metadata = {
  title: "Checkout",
  description: "Enter your shipping address, choose delivery and payment, and place your order.",
  robots: { index: false, follow: false },
}

type CheckoutPageProps = {
  searchParams: Promise<{ step?: string | string[] }>
}

export default async function CheckoutPage({ searchParams }: CheckoutPageProps) {
  if (!hasPublishableKey()) {
    return <MissingKeyNotice />
  }
  const [{ step }, cart, customer] = await Promise.all([searchParams, retrieveCart(), retrieveCustomerSafe()])

  return (
    <div className="flex flex-col gap-6">
      <h1 className="font-serif text-3xl font-semibold text-bark-900">Checkout</h1>
      {!cart || !cart.items?.length ? (
        <EmptyCart />
      ) : (
        <CheckoutFlow cart={cart} customer={customer} requestedStep={typeof step === "string" ? step : undefined} />
      )}
    </div>
  )
}
