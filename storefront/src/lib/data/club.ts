import "server-only"

import { cacheTags, type ClubMembershipResponse } from "@supplement-store/contract"

import { getAuthHeaders } from "@/lib/data/cookies"
import { getDefaultRegion } from "@/lib/data/regions"
import { storeGet } from "@/lib/data/store-fetch"
import { sdk } from "@/lib/sdk"

/**
 * The SmartSavings Club: member prices (shown to every shopper) and the logged-in customer's
 * membership. Joining is `joinClub` in `modules/club/actions.ts`.
 */

export type ClubStatus = {
  /** False when the club routes can't be reached (the UI then explains and hides the button). */
  available: boolean
  member: boolean
  groupName: string
  percentOff: number
}

const CLUB_DEFAULTS = { groupName: "SmartSavings Club", percentOff: 15 }

/** Membership of the logged-in customer in the SmartSavings Club. */
export async function getClubStatus(): Promise<ClubStatus> {
  const headers = await getAuthHeaders()
  if (!("authorization" in headers)) {
    return { available: true, member: false, ...CLUB_DEFAULTS }
  }
  try {
    const status = await sdk.client.fetch<Partial<ClubMembershipResponse>>("/store/customers/me/club", { method: "GET", headers })
    return {
      available: true,
      member: Boolean(status.member),
      groupName: status.group?.name || CLUB_DEFAULTS.groupName,
      percentOff: typeof status.percent_off === "number" ? status.percent_off : CLUB_DEFAULTS.percentOff,
    }
  } catch {
    return { available: false, member: false, ...CLUB_DEFAULTS }
  }
}

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
