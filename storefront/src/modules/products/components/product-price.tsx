import type { HttpTypes } from "@medusajs/types"

import { formatAmount } from "@/lib/util/money"
import { getCheapestPrice } from "@/lib/util/product"

type ProductPriceProps = {
  product: HttpTypes.StoreProduct
  currencyCode: string
}

/**
 * The cheapest variant price, prefixed with "From" when variants differ in
 * price, with the regular price struck through when it is on sale.
 */
export default function ProductPrice({ product, currencyCode }: ProductPriceProps) {
  const price = getCheapestPrice(product, currencyCode)
  if (!price) {
    return <span className="text-sm text-bark-500">Price unavailable</span>
  }
  return (
    <span className="flex flex-wrap items-baseline gap-x-2">
      {price.isRange ? <span className="text-sm font-normal text-bark-500">From</span> : null}
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
    </span>
  )
}
