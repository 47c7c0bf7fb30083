import {
  DIET_ATTRIBUTES,
  SUPPLEMENT_FACTS_LIMITS,
  SUPPLEMENT_FORMS,
  type DietAttribute,
  type SupplementForm,
} from "@supplement-store/contract/supplement-terms"
import { CONTROL_CHARACTERS } from "@supplement-store/contract/limits"

import { firstParam, isHandle, type SearchParams } from "@/lib/util/search-params"
import { parsePageParam } from "@/lib/util/pagination"

export const SORT_OPTIONS = [
  { value: "featured", label: "Featured" },
  { value: "newest", label: "Newest" },
  { value: "price-asc", label: "Price: low to high" },
  { value: "price-desc", label: "Price: high to low" },
  { value: "name", label: "Name: A to Z" },
] as const

export type ProductSort = (typeof SORT_OPTIONS)[number]["value"]

export function isProductSort(value: string | undefined): value is ProductSort {
  return SORT_OPTIONS.some((option) => option.value === value)
}

/** The /store listing state, all of it carried in the URL. */
export type StoreFilters = {
  category?: string
  brand?: string
  /** Any of these forms. */
  forms: SupplementForm[]
  /** All of these diets. */
  diets: DietAttribute[]
  /** Any of these ingredients (common names, "Magnesium"). */
  ingredients: string[]
  minPrice?: number
  maxPrice?: number
  sort: ProductSort
  page: number
}

export type ParsedStoreFilters = {
  filters: StoreFilters
  /** Names of params whose values were not understood and were ignored. */
  ignored: string[]
}

const MAX_PRICE_BOUND = 100_000

/** "10", "9.5", "$12.99" → number; undefined when absent; null when unusable. */
export function parsePriceParam(value: string | string[] | undefined): number | null | undefined {
  const raw = firstParam(value)
  if (raw === undefined) {
    return undefined
  }
  const match = /^\$?(\d{1,6}(?:\.\d{1,2})?)$/.exec(raw)
  if (!match) {
    return null
  }
  const amount = Number(match[1])
  return Number.isFinite(amount) && amount <= MAX_PRICE_BOUND ? amount : null
}

/** Every value of a repeatable param, trimmed and once each, at most `max`; `valid` false when one had to be dropped. */
function listParam<T extends string>(
  value: string | string[] | undefined,
  accepts: (v: string) => v is T,
  max: number
): { values: T[]; valid: boolean } {
  const raw = new Set([value ?? []].flat().map((v) => v.trim()).filter(Boolean))
  const values = [...raw].filter(accepts).slice(0, max)
  return { values, valid: values.length === raw.size }
}

const isForm = (v: string): v is SupplementForm => (SUPPLEMENT_FORMS as readonly string[]).includes(v)
const isDiet = (v: string): v is DietAttribute => (DIET_ATTRIBUTES as readonly string[]).includes(v)
const isIngredientName = (v: string): v is string =>
  v.length <= SUPPLEMENT_FACTS_LIMITS.ingredientName && !CONTROL_CHARACTERS.test(v)

/**
 * Reads /store's search params. Never throws: values that make no sense are
 * dropped (and listed in `ignored`) so the page can say so and still render.
 */
export function parseStoreFilters(params: SearchParams): ParsedStoreFilters {
  const ignored: string[] = []
  const filters: StoreFilters = { forms: [], diets: [], ingredients: [], sort: "featured", page: 1 }

  const category = firstParam(params.category)
  if (category !== undefined) {
    if (isHandle(category)) filters.category = category
    else ignored.push("category")
  }

  const brand = firstParam(params.brand)
  if (brand !== undefined) {
    if (isHandle(brand)) filters.brand = brand
    else ignored.push("brand")
  }

  const forms = listParam(params.form, isForm, SUPPLEMENT_FORMS.length)
  filters.forms = forms.values
  if (!forms.valid) ignored.push("form")

  const diets = listParam(params.diet, isDiet, DIET_ATTRIBUTES.length)
  filters.diets = diets.values
  if (!diets.valid) ignored.push("diet")

  const ingredients = listParam(params.ingredient, isIngredientName, SUPPLEMENT_FACTS_LIMITS.filterIngredients)
  filters.ingredients = ingredients.values
  if (!ingredients.valid) ignored.push("ingredient")

  const min = parsePriceParam(params.min_price)
  if (min === null) ignored.push("min_price")
  else if (min !== undefined && min > 0) filters.minPrice = min

  const max = parsePriceParam(params.max_price)
  if (max === null) ignored.push("max_price")
  else if (max !== undefined) filters.maxPrice = max

  if (filters.minPrice !== undefined && filters.maxPrice !== undefined && filters.minPrice > filters.maxPrice) {
    // Swapped bounds are almost certainly a typo: read them the other way round.
    ;[filters.minPrice, filters.maxPrice] = [filters.maxPrice, filters.minPrice]
  }

  const sort = firstParam(params.sort)
  if (sort !== undefined) {
    if (isProductSort(sort)) filters.sort = sort
    else ignored.push("sort")
  }

  const page = parsePageParam(firstParam(params.page))
  if (page === null) ignored.push("page")
  else filters.page = page

  return { filters, ignored }
}

/** The canonical /store URL for a filter state (defaults omitted). */
export function storeHref(filters: Partial<StoreFilters>): string {
  const search = new URLSearchParams()
  if (filters.category) search.set("category", filters.category)
  if (filters.brand) search.set("brand", filters.brand)
  filters.forms?.forEach((form) => search.append("form", form))
  filters.diets?.forEach((diet) => search.append("diet", diet))
  filters.ingredients?.forEach((ingredient) => search.append("ingredient", ingredient))
  if (filters.minPrice !== undefined) search.set("min_price", String(filters.minPrice))
  if (filters.maxPrice !== undefined) search.set("max_price", String(filters.maxPrice))
  if (filters.sort && filters.sort !== "featured") search.set("sort", filters.sort)
  if (filters.page && filters.page > 1) search.set("page", String(filters.page))
  const query = search.toString()
  return query ? `/store?${query}` : "/store"
}
