import "server-only"

import type { HttpTypes } from "@medusajs/types"
import { cache } from "react"

import { getDefaultRegion } from "@/lib/data/regions"
import { CACHE_TAGS, storeGet } from "@/lib/data/store-fetch"

/** Variants with their region price and stock level (on top of the default fields). */
const PRODUCT_FIELDS = "*variants.calculated_price,+variants.inventory_quantity"

const MAX_LIMIT = 100

export type ProductListPage = {
  products: HttpTypes.StoreProduct[]
  count: number
  limit: number
  offset: number
  /** Currency prices are expressed in (the region's), e.g. "usd". */
  currencyCode: string
}

export async function listProducts({
  limit,
  offset,
}: {
  limit: number
  offset: number
}): Promise<ProductListPage> {
  const safeLimit = Math.min(Math.max(Math.trunc(limit), 1), MAX_LIMIT)
  const safeOffset = Math.max(Math.trunc(offset), 0)
  const region = await getDefaultRegion()

  const { products, count } = await storeGet<HttpTypes.StoreProductListResponse>(
    "/store/products",
    {
      limit: safeLimit,
      offset: safeOffset,
      region_id: region.id,
      fields: PRODUCT_FIELDS,
    },
    [CACHE_TAGS.products]
  )

  return {
    products,
    count,
    limit: safeLimit,
    offset: safeOffset,
    currencyCode: region.currency_code,
  }
}

export type ProductWithCurrency = {
  product: HttpTypes.StoreProduct
  currencyCode: string
}

/** The published product with this handle, or null when there is none. */
export const getProductByHandle = cache(
  async (handle: string): Promise<ProductWithCurrency | null> => {
    if (!handle || handle.length > 200) {
      return null
    }
    const region = await getDefaultRegion()

    const { products } = await storeGet<HttpTypes.StoreProductListResponse>(
      "/store/products",
      {
        handle,
        limit: 1,
        region_id: region.id,
        fields: PRODUCT_FIELDS,
      },
      [CACHE_TAGS.products]
    )

    const product = products.find((p) => p.handle === handle)
    return product ? { product, currencyCode: region.currency_code } : null
  }
)
