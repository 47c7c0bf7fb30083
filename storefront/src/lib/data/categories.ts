import "server-only"

import type { HttpTypes } from "@medusajs/types"
import { cache } from "react"
import { cacheTags } from "@supplement-store/contract"

import { storeGet } from "@/lib/data/store-fetch"

const CATEGORY_FIELDS = "id,name,handle,description,rank,parent_category_id,updated_at"

export type Category = Pick<HttpTypes.StoreProductCategory, "id" | "name" | "handle" | "description"> & {
  rank?: number | null
  parent_category_id?: string | null
  updated_at?: string | null
}

/** Every category (the health topics), in the merchandiser's rank order. */
export const listCategories = cache(async (): Promise<Category[]> => {
  const { product_categories } = await storeGet<HttpTypes.StoreProductCategoryListResponse>(
    "/store/product-categories",
    { fields: CATEGORY_FIELDS, limit: 100 },
    [cacheTags.categories]
  )
  return (product_categories as Category[])
    .slice()
    .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0) || a.name.localeCompare(b.name))
})

/** The category with this handle, or null. */
export const getCategoryByHandle = cache(async (handle: string): Promise<Category | null> => {
  if (!handle || handle.length > 200) {
    return null
  }
  const { product_categories } = await storeGet<HttpTypes.StoreProductCategoryListResponse>(
    "/store/product-categories",
    { handle, fields: CATEGORY_FIELDS, limit: 1 },
    [cacheTags.categories]
  )
  return (product_categories as Category[]).find((c) => c.handle === handle) ?? null
})
