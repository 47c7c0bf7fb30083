import type { AutoshipCycleOutcome, AutoshipStatus } from "@supplement-store/contract"

/** Shared by the autoship pages, the cart and the checkout (no server-only reads here). */

/** An active autoship the product page offers to add to (from `GET /api/autoships`). */
export type ExistingAutoshipChoice = { id: string; label: string }

export const intervalLabel = (days: number) => `Every ${days} days`

// Due dates are days, not moments: shown in UTC so every reader sees the same date.
const DATE_FORMAT = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" })

export function formatAutoshipDate(iso: string): string {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? "" : DATE_FORMAT.format(date)
}

export const STATUS_LABELS: Record<AutoshipStatus, string> = {
  active: "Active",
  paused: "Paused",
  cancelled: "Cancelled",
  payment_failed: "Payment failed",
}

export const CYCLE_OUTCOME_LABELS: Record<AutoshipCycleOutcome, string> = {
  processing: "Being placed",
  placed: "Ordered",
  skipped: "Skipped",
  out_of_stock: "Out of stock",
  payment_failed: "Payment failed",
}
