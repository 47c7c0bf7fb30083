import type { HttpTypes } from "@medusajs/types"

type Variant = HttpTypes.StoreProductVariant

/**
 * Whether a variant can be bought right now: it either doesn't track
 * inventory, allows backorders, or has stock left.
 */
export function isVariantInStock(variant: Variant): boolean {
  if (variant.manage_inventory === false || variant.allow_backorder) {
    return true
  }
  return (variant.inventory_quantity ?? 0) > 0
}

/** A product is out of stock when none of its variants can be bought. */
export function isProductOutOfStock(product: HttpTypes.StoreProduct): boolean {
  return !(product.variants ?? []).some(isVariantInStock)
}

export type VariantPrice = {
  amount: number
  currencyCode: string
}

export function getVariantPrice(variant: Variant, fallbackCurrency: string): VariantPrice | null {
  const price = variant.calculated_price
  const amount = price?.calculated_amount
  if (typeof amount !== "number" || !Number.isFinite(amount)) {
    return null
  }
  return { amount, currencyCode: price?.currency_code ?? fallbackCurrency }
}

export type CheapestPrice = VariantPrice & {
  /** True when other variants cost more (displayed as "From ..."). */
  isRange: boolean
}

/** The lowest calculated price across the product's variants, or null when none is priced. */
export function getCheapestPrice(
  product: HttpTypes.StoreProduct,
  fallbackCurrency: string
): CheapestPrice | null {
  const prices = (product.variants ?? [])
    .map((variant) => getVariantPrice(variant, fallbackCurrency))
    .filter((price): price is VariantPrice => price !== null)

  if (prices.length === 0) {
    return null
  }
  const cheapest = prices.reduce((min, price) => (price.amount < min.amount ? price : min))
  return {
    ...cheapest,
    isRange: prices.some((price) => price.amount !== cheapest.amount),
  }
}
