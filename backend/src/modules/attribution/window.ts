import { ATTRIBUTION_WINDOW_DAYS } from "@supplement-store/contract"

/** The earliest moment a read or click still counts for what happens at `until`. */
export function windowStart(until: Date): Date {
  return new Date(until.getTime() - ATTRIBUTION_WINDOW_DAYS * 86_400_000)
}
