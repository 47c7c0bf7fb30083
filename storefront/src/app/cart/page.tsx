import type { Metadata } from "next"
import Link from "next/link"
import { DEFAULT_AUTOSHIP_INTERVALS } from "@supplement-store/contract"

import { hasPublishableKey } from "@/lib/config"
import { getAutoshipPlan } from "@/lib/data/autoship"
import { retrieveCart } from "@/lib/data/cart"
import CartItems from "@/modules/cart/components/cart-items"
import CartTotals from "@/modules/cart/components/cart-totals"
import EmptyCart from "@/modules/cart/components/empty-cart"
import FreeShippingProgress from "@/modules/cart/components/free-shipping-progress"
import PromoCodeForm from "@/modules/cart/components/promo-code-form"
import MissingKeyNotice from "@/modules/common/components/missing-key-notice"

export const metadata: Metadata = {
  title: "Your cart",
  description: "Review the supplements in your cart, apply a promo code and check out.",
  robots: { index: false, follow: false },
}

export default async function CartPage() {
  if (!hasPublishableKey()) {
    return <MissingKeyNotice />
  }
  const [cart, autoshipPlan] = await Promise.all([retrieveCart(), getAutoshipPlan()])

  return (
    <div className="flex flex-col gap-6">
      <h1 className="font-serif text-3xl font-semibold text-bark-900">Your cart</h1>
      {!cart || !cart.items?.length ? (
        <EmptyCart />
      ) : (
        <div className="grid gap-8 lg:grid-cols-[1fr_22rem]">
          <CartItems cart={cart} autoshipIntervals={autoshipPlan?.intervals ?? [...DEFAULT_AUTOSHIP_INTERVALS]} />
          <aside aria-label="Order summary" className="flex h-fit flex-col gap-6 rounded-lg border border-sand-200 bg-white p-4 sm:p-5">
            <PromoCodeForm codes={(cart.promotions ?? []).map((p) => p.code).filter((c): c is string => !!c)} />
            <section aria-labelledby="summary-heading" className="flex flex-col gap-2">
              <h2 id="summary-heading" className="text-base font-semibold text-bark-900">
                Summary
              </h2>
              <CartTotals totals={cart} />
            </section>
            <FreeShippingProgress subtotal={cart.item_subtotal ?? 0} currencyCode={cart.currency_code} />
            <Link
              href="/checkout"
              className="inline-flex w-full items-center justify-center rounded-md bg-leaf-700 px-5 py-3 font-semibold text-white no-underline hover:bg-leaf-800"
            >
              Checkout
            </Link>
            <Link href="/store" className="text-center text-sm text-leaf-700 underline">
              Continue shopping
            </Link>
          </aside>
        </div>
      )}
    </div>
  )
}
