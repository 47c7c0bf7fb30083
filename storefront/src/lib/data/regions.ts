import "server-only"

import type { HttpTypes } from "@medusajs/types"
import { cache } from "react"
import { cacheTags } from "@supplement-store/contract"

import { storeGet } from "@/lib/data/store-fetch"

/**
 * The region prices are calculated for: the first region of the store
 * (the demo seed creates a single "United States" region in USD).
 */
export const getDefaultRegion = cache(async (): Promise<HttpTypes.StoreRegion> => {
  const { regions } = await storeGet<HttpTypes.StoreRegionListResponse>(
    "/store/regions",
    { limit: 1, order: "created_at" },
    [cacheTags.regions]
  )

  const region = regions[0]
  if (!region) {
    throw new Error("The store has no region configured")
  }
  return region
})
