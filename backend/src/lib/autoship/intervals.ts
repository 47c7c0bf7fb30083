import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { DEFAULT_AUTOSHIP_INTERVALS } from "@supplement-store/contract"

/** The intervals the store offers: its record's `autoship_intervals`, set in the admin, or the defaults. */
export async function autoshipIntervals(container: MedusaContainer): Promise<number[]> {
  const [store] = await container.resolve(Modules.STORE).listStores({}, { take: 1 })
  const stored = store?.metadata?.autoship_intervals
  return Array.isArray(stored) && stored.length && stored.every((n) => Number.isInteger(n)) ? (stored as number[]) : [...DEFAULT_AUTOSHIP_INTERVALS]
}
