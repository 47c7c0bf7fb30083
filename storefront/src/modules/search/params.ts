import { DIET_ATTRIBUTES, SUPPLEMENT_FORMS } from "@supplement-store/contract/supplement-terms"

import { MAX_SEARCH_LENGTH, PRICE_BANDS, RATING_FLOORS, SEARCH_SORTS, type SearchPageFilters } from "@/lib/data/search"
import { parsePageParam } from "@/lib/util/pagination"
import { firstParam, type SearchParams } from "@/lib/util/search-params"

const MAX_FACET_VALUES = 20

function manyParams(value: string | string[] | undefined): string[] {
  return [value ?? []]
    .flat()
    .map((v) => v.trim())
    .filter((v) => v && v.length <= 100)
    .slice(0, MAX_FACET_VALUES)
}

/** The values of a repeatable param that are among `known` (the engine's facet values are exactly these). */
function knownParams<const T extends string>(value: string | string[] | undefined, known: readonly T[]): T[] {
  return manyParams(value).filter((v): v is T => (known as readonly string[]).includes(v))
}

/** Reads /search's query string; null when it can't be a real page (bad page number). */
export function parseSearchParams(params: SearchParams): SearchPageFilters | null {
  const page = parsePageParam(params.page)
  if (page === null) {
    return null
  }
  const price = firstParam(params.price)
  const rating = firstParam(params.rating)
  const sort = firstParam(params.sort)
  return {
    q: (firstParam(params.q) ?? "").replace(/[\u0000-\u001f\u007f]/g, " ").slice(0, MAX_SEARCH_LENGTH).trim(),
    brands: manyParams(params.brand),
    categories: manyParams(params.category),
    forms: knownParams(params.form, SUPPLEMENT_FORMS),
    diets: knownParams(params.diet, DIET_ATTRIBUTES),
    ingredients: manyParams(params.ingredient),
    topics: manyParams(params.topic),
    forums: manyParams(params.forum),
    price: PRICE_BANDS.find((band) => band.key === price)?.key,
    inStock: firstParam(params.in_stock) === "1",
    rating: RATING_FLOORS.find((floor) => floor.key === rating)?.key,
    sort: SEARCH_SORTS.find((option) => option.key === sort)?.key ?? "relevance",
    page,
  }
}

/** The URL of /search for these filters (facet values repeat: brand=a&brand=b). */
export function searchHref(filters: SearchPageFilters): string {
  const query = new URLSearchParams()
  if (filters.q) query.set("q", filters.q)
  filters.brands.forEach((v) => query.append("brand", v))
  filters.categories.forEach((v) => query.append("category", v))
  filters.forms.forEach((v) => query.append("form", v))
  filters.diets.forEach((v) => query.append("diet", v))
  filters.ingredients.forEach((v) => query.append("ingredient", v))
  filters.topics.forEach((v) => query.append("topic", v))
  filters.forums.forEach((v) => query.append("forum", v))
  if (filters.price) query.set("price", filters.price)
  if (filters.inStock) query.set("in_stock", "1")
  if (filters.rating) query.set("rating", filters.rating)
  if (filters.sort !== "relevance") query.set("sort", filters.sort)
  if (filters.page > 1) query.set("page", String(filters.page))
  const search = query.toString()
  return search ? `/search?${search}` : "/search"
}

export type ValueFacetKey = "brands" | "categories" | "forms" | "diets" | "ingredients" | "topics" | "forums"

/** Adds or removes one facet value, back on page 1. */
export function toggled(filters: SearchPageFilters, key: ValueFacetKey, value: string): SearchPageFilters {
  const values: string[] = filters[key]
  return { ...filters, [key]: values.includes(value) ? values.filter((v) => v !== value) : [...values, value], page: 1 }
}
