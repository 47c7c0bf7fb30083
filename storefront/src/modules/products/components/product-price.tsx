import type { HttpTypes } from "@medusajs/types"

import { getCheapestPrice } from "@/lib/util/product"
import PriceAmounts from "@/modules/products/components/price-amounts"

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
      <PriceAmounts price={price} />
    </span>
  )
}
