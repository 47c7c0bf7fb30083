import "server-only"

import {
  cacheTags,
  type Autoship,
  type AutoshipListResponse,
  type AutoshipPlanResponse,
  type ClubMembershipResponse,
} from "@supplement-store/contract"

import { getAuthHeaders } from "@/lib/data/cookies"
import { getDefaultRegion } from "@/lib/data/regions"
import { storeGet } from "@/lib/data/store-fetch"
import { sdk } from "@/lib/sdk"
import { isUnauthorized } from "@/lib/util/errors"

/**
 * Autoship (the SmartSavings Club): the store's plan and member prices (shown to every shopper),
 * and the logged-in customer's autoships and membership. Writes are in `modules/autoship/actions.ts`.
 */

/** The intervals and percent off product pages offer; null when the plan can't be read (pages then offer one-time only). */
export async function getAutoshipPlan(): Promise<AutoshipPlanResponse | null> {
  try {
    const plan = await storeGet<AutoshipPlanResponse>("/store/autoship/plan", {}, [cacheTags.autoshipPlan])
    return plan.intervals.length > 0 ? plan : null
  } catch {
    return null
  }
}

/** The logged-in customer's autoships (every status), newest first as the backend answers; [] for guests. */
export async function listAutoships(): Promise<Autoship[]> {
  const headers = await getAuthHeaders()
  if (!("authorization" in headers)) {
    return []
  }
  try {
    const { autoships } = await sdk.client.fetch<AutoshipListResponse>("/store/customers/me/autoships", {
      method: "GET",
      headers,
      cache: "no-store",
    })
    return autoships
  } catch (error) {
    if (isUnauthorized(error)) {
      return []
    }
    throw error
  }
}

/** Membership of the logged-in customer; null for guests or when the club route can't be reached. */
export async function getClubMembership(): Promise<ClubMembershipResponse | null> {
  const headers = await getAuthHeaders()
  if (!("authorization" in headers)) {
    return null
  }
  try {
    return await sdk.client.fetch<ClubMembershipResponse>("/store/customers/me/club", {
      method: "GET",
      headers,
      cache: "no-store",
    })
  } catch {
    return null
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
    const { prices } = await storeGet<{ prices?: unknown }>("/store/club/prices", { product_id: productId, region_id: region.id }, [
      cacheTags.clubPrices,
      cacheTags.products,
    ])
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
