import "server-only"

import { cacheTags } from "@supplement-store/contract"
import { getDefaultRegion } from "@/lib/data/regions"
import { storeGet } from "@/lib/data/store-fetch"

/** Variant id → what a club member pays (in the region's currency). */
export type ClubPrices = Record<string, number>

/**
 * Club member prices for a product's variants, shown to every shopper.
 * Returns `{}` when the club route is unavailable or fails, so product pages
 * never break because of it.
 */
export async function getClubPrices(productId: string): Promise<ClubPrices> {
  try {
    const region = await getDefaultRegion()
    const { prices } = await storeGet<{ prices?: unknown }>(
      "/store/club/prices",
      { product_id: productId, region_id: region.id },
      [cacheTags.clubPrices, cacheTags.products]
    )
    if (!prices || typeof prices !== "object") {
      return {}
    }
    const result: ClubPrices = {}
    for (const [variantId, amount] of Object.entries(prices as Record<string, unknown>)) {
      if (typeof amount === "number" && Number.isFinite(amount) && amount >= 0) {
        result[variantId] = amount
      }
    }
    return result
  } catch {
    return {}
  }
}
