import { formatAmount } from "@/lib/util/money"

/** The totals Medusa computes for a cart or an order (amounts in major units). */
export type Totals = {
  currency_code: string
  item_subtotal?: number | null
  subtotal?: number | null
  discount_total?: number | null
  discount_subtotal?: number | null
  shipping_total?: number | null
  shipping_subtotal?: number | null
  shipping_methods?: unknown[] | null
  tax_total?: number | null
  total?: number | null
}

type CartTotalsProps = {
  totals: Totals
  /** Text for the shipping row before a method is chosen. */
  shippingPlaceholder?: string
}

function money(amount: number | null | undefined, currency: string): string {
  return formatAmount(Math.round((amount ?? 0) * 100) / 100, currency)
}

/** Subtotal, Discount, Shipping, Tax and Total as a description list. */
export default function CartTotals({ totals, shippingPlaceholder = "Calculated at checkout" }: CartTotalsProps) {
  const currency = totals.currency_code
  const subtotal = totals.item_subtotal ?? totals.subtotal ?? 0
  // Pre-tax discount and shipping, so Subtotal − Discount + Shipping + Tax = Total.
  const discount = totals.discount_subtotal ?? totals.discount_total ?? 0
  const shipping = totals.shipping_subtotal ?? totals.shipping_total ?? 0
  const hasShipping = (totals.shipping_methods?.length ?? 0) > 0

  const rowClass = "flex items-center justify-between gap-4 py-1"
  return (
    <dl className="flex flex-col text-sm text-bark-700" data-testid="cart-totals">
      <div className={rowClass}>
        <dt>Subtotal</dt>
        <dd data-testid="subtotal">{money(subtotal, currency)}</dd>
      </div>
      <div className={rowClass}>
        <dt>Discount</dt>
        <dd data-testid="discount" className={discount > 0 ? "text-leaf-800" : undefined}>
          {discount > 0 ? `−${money(discount, currency)}` : money(0, currency)}
        </dd>
      </div>
      <div className={rowClass}>
        <dt>Shipping</dt>
        <dd data-testid="shipping">
          {hasShipping
            ? shipping === 0
              ? "Free"
              : money(shipping, currency)
            : shippingPlaceholder}
        </dd>
      </div>
      <div className={rowClass}>
        <dt>Tax</dt>
        <dd data-testid="tax">{money(totals.tax_total, currency)}</dd>
      </div>
      <div className={`${rowClass} mt-2 border-t border-sand-200 pt-3 text-base font-semibold text-bark-900`}>
        <dt>Total</dt>
        <dd data-testid="total">{money(totals.total, currency)}</dd>
      </div>
    </dl>
  )
}
