import { DIET_LABELS, SUPPLEMENT_FORM_LABELS } from "@supplement-store/contract/supplement-terms"
import Link from "next/link"

import { formatAmountShort } from "@/lib/util/money"
import { SORT_OPTIONS, storeHref, type StoreFilters } from "@/lib/util/store-filters"

type ActiveFiltersProps = {
  filters: StoreFilters
  names: { category?: string; brand?: string }
  currencyCode: string
}

/** One removable chip per active filter, plus "Clear all". */
export default function ActiveFilters({ filters, names, currencyCode }: ActiveFiltersProps) {
  const base: StoreFilters = { ...filters, page: 1 }
  const chips: { key: string; label: string; href: string }[] = []

  if (filters.category) {
    chips.push({ key: "category", label: `Topic: ${names.category ?? filters.category}`, href: storeHref({ ...base, category: undefined }) })
  }
  if (filters.brand) {
    chips.push({ key: "brand", label: `Brand: ${names.brand ?? filters.brand}`, href: storeHref({ ...base, brand: undefined }) })
  }
  for (const form of filters.forms) {
    chips.push({
      key: `form-${form}`,
      label: `Form: ${SUPPLEMENT_FORM_LABELS[form]}`,
      href: storeHref({ ...base, forms: filters.forms.filter((f) => f !== form) }),
    })
  }
  for (const diet of filters.diets) {
    chips.push({
      key: `diet-${diet}`,
      label: DIET_LABELS[diet],
      href: storeHref({ ...base, diets: filters.diets.filter((d) => d !== diet) }),
    })
  }
  for (const ingredient of filters.ingredients) {
    chips.push({
      key: `ingredient-${ingredient}`,
      label: `With ${ingredient}`,
      href: storeHref({ ...base, ingredients: filters.ingredients.filter((i) => i !== ingredient) }),
    })
  }
  if (filters.minPrice !== undefined) {
    chips.push({
      key: "min_price",
      label: `Min ${formatAmountShort(filters.minPrice, currencyCode)}`,
      href: storeHref({ ...base, minPrice: undefined }),
    })
  }
  if (filters.maxPrice !== undefined) {
    chips.push({
      key: "max_price",
      label: `Max ${formatAmountShort(filters.maxPrice, currencyCode)}`,
      href: storeHref({ ...base, maxPrice: undefined }),
    })
  }
  if (filters.sort !== "featured") {
    const label = SORT_OPTIONS.find((o) => o.value === filters.sort)?.label ?? filters.sort
    chips.push({ key: "sort", label: `Sort: ${label}`, href: storeHref({ ...base, sort: "featured" }) })
  }

  if (chips.length === 0) {
    return null
  }

  return (
    <div className="mt-4 flex flex-wrap items-center gap-2" aria-label="Active filters" role="group">
      <span className="text-sm text-bark-600">Active filters:</span>
      <ul className="flex flex-wrap gap-2">
        {chips.map((chip) => (
          <li key={chip.key}>
            <Link
              href={chip.href}
              className="inline-flex items-center gap-1 rounded-full border border-leaf-300 bg-leaf-50 px-3 py-1 text-sm text-leaf-800 no-underline hover:border-leaf-500 hover:bg-leaf-100"
            >
              {chip.label}
              <span aria-hidden="true" className="text-leaf-600">
                ×
              </span>
              <span className="sr-only">(remove)</span>
            </Link>
          </li>
        ))}
      </ul>
      <Link href="/store" className="text-sm text-leaf-700 hover:text-leaf-800">
        Clear all
      </Link>
    </div>
  )
}
