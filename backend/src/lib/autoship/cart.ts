import { AUTOSHIP_LINE_METADATA_KEY } from "@supplement-store/contract"

/** The shipping option type code of free autoship delivery, and the context attribute its rule reads. */
export const AUTOSHIP_SHIPPING_CODE = "autoship"
export const AUTOSHIP_SHIPPING_RULE = "autoship"

type LineLike = { metadata?: Record<string, unknown> | null } | null | undefined

/** The interval of an autoship line, or null for a one-time line. */
export function autoshipIntervalOf(item: LineLike): number | null {
  const value = Number(item?.metadata?.[AUTOSHIP_LINE_METADATA_KEY])
  return Number.isInteger(value) && value > 0 ? value : null
}

export function hasAutoshipLines(items: LineLike[] | null | undefined): boolean {
  return (items ?? []).some((item) => autoshipIntervalOf(item) !== null)
}
