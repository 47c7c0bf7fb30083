import { MedusaError } from "@medusajs/framework/utils"
import { AUTOSHIP_PAUSE_MEMBERSHIP_DAYS, type AutoshipStatus } from "@supplement-store/contract"

const DAY_MS = 24 * 60 * 60 * 1000

export const addDays = (date: Date | string, days: number) => new Date(new Date(date).getTime() + days * DAY_MS)

type AutoshipState = {
  status: AutoshipStatus
  interval_days: number
  next_order_at: Date | string
  paused_at: Date | string | null
  token_version: number
}

export type AutoshipAction = "skip" | "pause" | "resume" | "cancel"

const NOT_ALLOWED: Record<AutoshipAction, string> = {
  skip: "Only an active autoship has a next shipment to skip",
  pause: "Only an active autoship can be paused",
  resume: "Only a paused autoship can be resumed",
  cancel: "This autoship is already cancelled",
}

/**
 * The change an action makes to an autoship at `now`, or a 409 when its status does not allow it.
 * Every change bumps the token version, so reminder links mailed before it stop working.
 */
export function planAutoshipAction(autoship: AutoshipState, action: AutoshipAction, now: Date) {
  const allowed: Record<AutoshipAction, AutoshipStatus[]> = {
    skip: ["active"],
    pause: ["active", "payment_failed"],
    resume: ["paused", "payment_failed"],
    cancel: ["active", "paused", "payment_failed"],
  }
  if (!allowed[action].includes(autoship.status)) {
    throw new MedusaError(MedusaError.Types.CONFLICT, NOT_ALLOWED[action])
  }
  const token_version = autoship.token_version + 1
  switch (action) {
    case "skip":
      return { next_order_at: addDays(autoship.next_order_at, autoship.interval_days), token_version }
    case "pause":
      return { status: "paused" as const, paused_at: now, retry_at: null, token_version }
    case "resume":
      // A date that passed while paused becomes tomorrow rather than an order this minute.
      return {
        status: "active" as const,
        paused_at: null,
        retry_at: null,
        payment_failures: 0,
        next_order_at: new Date(autoship.next_order_at) > now ? new Date(autoship.next_order_at) : addDays(now, 1),
        token_version,
      }
    case "cancel":
      return { status: "cancelled" as const, cancelled_at: now, retry_at: null, token_version }
  }
}

/** Whether an autoship keeps its owner in the club at `now`: active or retrying, or paused less than 90 days ago. */
export function keepsMembership(autoship: Pick<AutoshipState, "status" | "paused_at">, now: Date): boolean {
  if (autoship.status === "active" || autoship.status === "payment_failed") {
    return true
  }
  return autoship.status === "paused" && !!autoship.paused_at && addDays(autoship.paused_at, AUTOSHIP_PAUSE_MEMBERSHIP_DAYS) > now
}

/** When a paused autoship's grace ends (it is then cancelled), or null. */
export function membershipGraceEnd(autoship: Pick<AutoshipState, "status" | "paused_at">): Date | null {
  return autoship.status === "paused" && autoship.paused_at ? addDays(autoship.paused_at, AUTOSHIP_PAUSE_MEMBERSHIP_DAYS) : null
}
