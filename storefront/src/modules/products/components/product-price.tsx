import type { HttpTypes } from "@medusajs/types"

import { formatAmount } from "@/lib/util/money"
import { getCheapestPrice } from "@/lib/util/product"

type ProductPriceProps = {
  product: HttpTypes.StoreProduct
  currencyCode: string
}

/** The cheapest variant price, prefixed with "From" when variants differ in price. */
export default function ProductPrice({ product, currencyCode }: ProductPriceProps) {
  const price = getCheapestPrice(product, currencyCode)
  if (!price) {
    return <span className="text-sm text-bark-500">Price unavailable</span>
  }
  return (
    <span className="font-semibold text-leaf-800">
      {price.isRange ? <span className="mr-1 text-sm font-normal text-bark-500">From</span> : null}
      {formatAmount(price.amount, price.currencyCode)}
    </span>
  )
}
