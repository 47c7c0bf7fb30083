import "server-only"

import { cache } from "react"

import { listBrands, type Brand } from "@/lib/data/brands"
import { listCategories, type Category } from "@/lib/data/categories"
import { listProducts, type ProductListPage } from "@/lib/data/products"
import { getDefaultRegion } from "@/lib/data/regions"
import { listLabelFacets, type LabelFacets } from "@/lib/data/search"
import { STORE_PARAMS } from "@/lib/routes"
import { PRODUCTS_PER_PAGE, totalPagesFor } from "@/lib/util/pagination"
import { parseStoreFilters, type StoreFilters } from "@/lib/util/store-filters"
import { storeTitle } from "@/lib/util/store-title"
import type { SearchParams } from "@/lib/util/search-params"

export type StoreView = {
  filters: StoreFilters
  /** Params that were ignored because their values made no sense. */
  ignored: string[]
  category?: Category
  brand?: Brand
  categories: Category[]
  brands: Brand[]
  /** The forms, diets and ingredients the filters offer, with product counts. */
  labelFacets: LabelFacets
  currencyCode: string
  title: string
  result: ProductListPage
  totalPages: number
}

const PARAM_ORDER: readonly string[] = STORE_PARAMS

/**
 * Turns /store's search params into a validated filter state: malformed values
 * and handles no category/brand has are dropped (and reported), never fatal.
 * Also loads the matching page of products. Cached per request so metadata
 * and page share the work.
 */
const resolve = cache(async (key: string): Promise<StoreView> => {
  const params = JSON.parse(key) as SearchParams
  const { filters, ignored } = parseStoreFilters(params)
  const [categories, brands, labelFacets, region] = await Promise.all([
    listCategories(),
    listBrands(),
    listLabelFacets(),
    getDefaultRegion(),
  ])

  const category = filters.category ? categories.find((c) => c.handle === filters.category) : undefined
  if (filters.category && !category) {
    ignored.push("category")
    filters.category = undefined
  }
  const brand = filters.brand ? brands.find((b) => b.handle === filters.brand) : undefined
  if (filters.brand && !brand) {
    ignored.push("brand")
    filters.brand = undefined
  }

  // Ingredients are offered in the index's spelling: a link may differ in case, or name one not offered.
  const ingredients = filters.ingredients.map(
    (name) => labelFacets.ingredients.find((option) => option.value.toLowerCase() === name.toLowerCase())?.value
  )
  if (ingredients.includes(undefined)) {
    ignored.push("ingredient")
  }
  filters.ingredients = [...new Set(ingredients.filter((name): name is string => name !== undefined))]

  const query = {
    categoryId: category?.id,
    brand: brand?.handle,
    forms: filters.forms,
    diets: filters.diets,
    ingredients: filters.ingredients,
    minPrice: filters.minPrice,
    maxPrice: filters.maxPrice,
    sort: filters.sort,
    perPage: PRODUCTS_PER_PAGE,
  }
  let result = await listProducts({ ...query, page: filters.page })
  let totalPages = totalPagesFor(result.count)
  if (filters.page > totalPages) {
    // A page past the end is ignored like any other bad value: show the first page.
    ignored.push("page")
    filters.page = 1
    result = await listProducts({ ...query, page: 1 })
    totalPages = totalPagesFor(result.count)
  }

  const currencyCode = region.currency_code
  return {
    result,
    totalPages,
    filters,
    ignored: PARAM_ORDER.filter((name) => ignored.includes(name)),
    category,
    brand,
    categories,
    brands,
    labelFacets,
    currencyCode,
    title: storeTitle(filters, { category: category?.name, brand: brand?.name }, currencyCode),
  }
})

export function resolveStoreView(params: SearchParams): Promise<StoreView> {
  const relevant = Object.fromEntries(PARAM_ORDER.map((k) => [k, params[k]]))
  return resolve(JSON.stringify(relevant))
}
