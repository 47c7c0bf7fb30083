import { formatAmount } from "@/lib/util/money"
import type { VariantPrice } from "@/lib/util/product"

/** What the shopper pays; on sale, in the sale colour and followed by the struck-through regular price. */
export default function PriceAmounts({ price }: { price: VariantPrice }) {
  return (
    <>
      <span className={`font-semibold ${price.onSale ? "text-clay-700" : "text-leaf-800"}`}>
        {price.onSale ? <span className="sr-only">Sale price </span> : null}
        {formatAmount(price.amount, price.currencyCode)}
      </span>
      {price.onSale ? (
        <s className="text-sm text-bark-500">
          <span className="sr-only">Regular price </span>
          {formatAmount(price.originalAmount, price.currencyCode)}
        </s>
      ) : null}
    </>
  )
}
