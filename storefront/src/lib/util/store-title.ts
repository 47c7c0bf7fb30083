import { DIET_LABELS, SUPPLEMENT_FORM_LABELS } from "@supplement-store/contract/supplement-terms"

import { formatAmountShort } from "@/lib/util/money"
import type { StoreFilters } from "@/lib/util/store-filters"

/** "Under $10", "$5 and up", "$5–$20", or null without price bounds. */
export function priceRangeLabel(minPrice: number | undefined, maxPrice: number | undefined, currencyCode: string): string | null {
  const fmt = (amount: number) => formatAmountShort(amount, currencyCode)
  if (minPrice !== undefined && maxPrice !== undefined) return `${fmt(minPrice)}–${fmt(maxPrice)}`
  if (maxPrice !== undefined) return `Under ${fmt(maxPrice)}`
  if (minPrice !== undefined) return `${fmt(minPrice)} and up`
  return null
}

/** "Vegan, Gluten-free Capsules or Softgels", "Vegan", "Capsules", or null without label filters. */
function labelFiltersLabel(filters: Pick<StoreFilters, "forms" | "diets">): string | null {
  const diets = filters.diets.map((diet) => DIET_LABELS[diet]).join(", ")
  const forms = filters.forms.map((form) => SUPPLEMENT_FORM_LABELS[form]).join(" or ")
  return [diets, forms].filter(Boolean).join(" ") || null
}

/**
 * The /store heading for a filter state: "All products", "Under $10",
 * "Sleep", "Sleep · Lumen Grove", "Sleep · Vegan Capsules", "Sleep under $10"...
 */
export function storeTitle(
  filters: Pick<StoreFilters, "forms" | "diets" | "minPrice" | "maxPrice">,
  names: { category?: string; brand?: string },
  currencyCode: string
): string {
  const price = priceRangeLabel(filters.minPrice, filters.maxPrice, currencyCode)
  const subject = [names.category, names.brand, labelFiltersLabel(filters)].filter(Boolean).join(" · ")
  if (!subject) return price ?? "All products"
  if (!price) return subject
  return `${subject} ${price.charAt(0).toLowerCase()}${price.slice(1)}`
}
