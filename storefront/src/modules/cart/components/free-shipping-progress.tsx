import { FREE_SHIPPING_FROM } from "@supplement-store/contract/limits"

import { formatAmount } from "@/lib/util/money"

/**
 * "$12.05 away from free shipping", or "You get free shipping" once the items' subtotal (before tax
 * and discounts) reaches the threshold (the same number the seed's shipping price rule uses). No hooks: the cart page renders it on the
 * server, the mini-cart in the browser.
 */
export default function FreeShippingProgress({ subtotal, currencyCode }: { subtotal: number; currencyCode: string }) {
  const remaining = Math.round((FREE_SHIPPING_FROM - subtotal) * 100) / 100
  const reached = remaining <= 0
  const percent = reached ? 100 : Math.max(0, Math.min(100, (subtotal / FREE_SHIPPING_FROM) * 100))
  return (
    <div className="flex flex-col gap-1.5" data-testid="free-shipping">
      <p className={`text-sm ${reached ? "font-semibold text-leaf-800" : "text-bark-700"}`}>
        {reached ? (
          "You get free shipping"
        ) : (
          <>
            <span className="font-semibold text-bark-900">{formatAmount(remaining, currencyCode)}</span> away from free
            shipping
          </>
        )}
      </p>
      <div aria-hidden="true" className="h-1.5 overflow-hidden rounded-full bg-sand-200">
        <div className="h-full rounded-full bg-leaf-600" style={{ width: `${percent}%` }} />
      </div>
    </div>
  )
}
