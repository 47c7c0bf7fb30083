import type { HttpTypes } from "@medusajs/types"

type Variant = HttpTypes.StoreProductVariant

/** At or below this many units left (and above zero) we say "Only N left". */
export const LOW_STOCK_THRESHOLD = 5

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

export type StockState =
  | { kind: "in_stock" }
  | { kind: "low"; quantity: number }
  | { kind: "out" }

/** What to tell shoppers about a variant's availability. */
export function getStockState(variant: {
  manage_inventory?: boolean | null
  allow_backorder?: boolean | null
  inventory_quantity?: number | null
}): StockState {
  if (variant.manage_inventory === false || variant.allow_backorder) {
    return { kind: "in_stock" }
  }
  const quantity = Math.max(0, Math.trunc(variant.inventory_quantity ?? 0))
  if (quantity <= 0) {
    return { kind: "out" }
  }
  return quantity <= LOW_STOCK_THRESHOLD ? { kind: "low", quantity } : { kind: "in_stock" }
}

export type VariantPrice = {
  /** What the shopper pays (after any sale price list). */
  amount: number
  /** The regular price; greater than `amount` when on sale. */
  originalAmount: number
  currencyCode: string
  /** True when a sale is applied (calculated price below the original). */
  onSale: boolean
}

function finite(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null
}

/** What a price is read from: store product variants and the newsroom's featured variants both have it. */
type PricedVariant = {
  calculated_price?: {
    calculated_amount?: number | null
    original_amount?: number | null
    currency_code?: string | null
  } | null
}

export function getVariantPrice(variant: PricedVariant, fallbackCurrency: string): VariantPrice | null {
  const price = variant.calculated_price
  const amount = finite(price?.calculated_amount)
  if (amount === null) {
    return null
  }
  const original = finite(price?.original_amount)
  const originalAmount = original !== null && original > amount ? original : amount
  return {
    amount,
    originalAmount,
    currencyCode: price?.currency_code ?? fallbackCurrency,
    onSale: originalAmount > amount,
  }
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

/** Up to two initials of a product or brand name, for placeholders ("Tranquil Magnesium" → "TM"). */
export function initialsOf(title: string): string {
  const words = title
    .replace(/[^\p{L}\p{N}\s-]/gu, " ")
    .split(/[\s-]+/)
    .filter((word) => word.length > 0 && /^\p{L}/u.test(word))
  const letters = words.slice(0, 2).map((word) => word.charAt(0).toUpperCase())
  return letters.join("") || title.trim().charAt(0).toUpperCase() || "•"
}

/** A small, stable hash of a string (for picking a placeholder palette). */
export function hashString(value: string): number {
  let hash = 0
  for (let i = 0; i < value.length; i++) {
    hash = (hash * 31 + value.charCodeAt(i)) | 0
  }
  return Math.abs(hash)
}
