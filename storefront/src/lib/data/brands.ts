import "server-only"

import { FetchError } from "@medusajs/js-sdk"
import { cache } from "react"
import { cacheTags } from "@supplement-store/contract"

import { storeGet } from "@/lib/data/store-fetch"

export type Brand = {
  id: string
  handle: string
  name: string
  description: string | null
  product_count: number
}

export type BrandProductSummary = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  thumbnail: string | null
}

export type BrandWithProducts = Omit<Brand, "product_count"> & { products: BrandProductSummary[] }

/** Every brand, A to Z, with its number of published products. */
export const listBrands = cache(async (): Promise<Brand[]> => {
  const { brands } = await storeGet<{ brands: Brand[] }>("/store/brands", {}, [cacheTags.brands])
  return brands
})

/** The brand with this handle and its products, or null when there is none. */
export const getBrandByHandle = cache(async (handle: string): Promise<BrandWithProducts | null> => {
  if (!handle || handle.length > 200) {
    return null
  }
  try {
    const { brand } = await storeGet<{ brand: BrandWithProducts }>(
      `/store/brands/${encodeURIComponent(handle)}`,
      {},
      [cacheTags.brands]
    )
    return brand
  } catch (error) {
    if (error instanceof FetchError && (error.status === 404 || error.status === 400)) {
      return null
    }
    throw error
  }
})
