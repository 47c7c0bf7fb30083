import { FREE_SHIPPING_FROM } from "@supplement-store/contract/limits"

import { GUARANTEE } from "@/lib/site"
import { formatAmountShort } from "@/lib/util/money"

/** "Shipping & Returns" under the product: a native disclosure (keyboard operable, no JavaScript). */
export default function ShippingReturns({ currencyCode }: { currencyCode: string }) {
  return (
    <details className="group border-t border-sand-200 pt-5" data-testid="shipping-returns">
      <summary className="flex cursor-pointer list-none items-center justify-between font-serif text-xl font-semibold text-bark-900 [&::-webkit-details-marker]:hidden">
        Shipping &amp; Returns
        <svg aria-hidden="true" viewBox="0 0 20 20" className="h-5 w-5 transition-transform group-open:rotate-180" fill="currentColor">
          <path d="M5.3 7.3a1 1 0 0 1 1.4 0L10 10.6l3.3-3.3a1 1 0 1 1 1.4 1.4l-4 4a1 1 0 0 1-1.4 0l-4-4a1 1 0 0 1 0-1.4z" />
        </svg>
      </summary>
      <div className="mt-3 flex flex-col gap-2 text-bark-700">
        <p>
          {`Standard shipping (3-5 business days) is free on orders of ${formatAmountShort(FREE_SHIPPING_FROM, currencyCode)} or more; express (1-2 business days) is available at checkout, where every rate is shown before you pay. We ship within the United States.`}
        </p>
        <p>
          <span className="font-semibold text-bark-900">{`${GUARANTEE.title}. `}</span>
          {GUARANTEE.text}
        </p>
      </div>
    </details>
  )
}
