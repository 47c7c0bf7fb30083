import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { AutoshipSettingsBody, DEFAULT_AUTOSHIP_INTERVALS } from "@supplement-store/contract"

/** Where staff's choice of intervals lives: the store record's metadata. */
export const AUTOSHIP_INTERVALS_METADATA_KEY = "autoship_intervals"

/**
 * The intervals (days) shoppers may choose, smallest first: the store's own list, or the contract's
 * default until staff save one. A stored value that no longer passes the contract's rules (edited by
 * hand) falls back to the default rather than offering a broken choice.
 */
export async function autoshipIntervals(container: MedusaContainer): Promise<number[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: stores } = await query.graph({ entity: "store", fields: ["id", "metadata"] })
  const stored = stores[0]?.metadata?.[AUTOSHIP_INTERVALS_METADATA_KEY]
  const parsed = AutoshipSettingsBody.safeParse({ intervals: stored })
  return parsed.success ? parsed.data.intervals : [...DEFAULT_AUTOSHIP_INTERVALS]
}
