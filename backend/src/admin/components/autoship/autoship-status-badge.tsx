import type { AutoshipCycleOutcome, AutoshipStatus } from "@supplement-store/contract"
import { StatusBadge } from "@medusajs/ui"
import { AUTOSHIP_STATUS_LABELS, CYCLE_OUTCOME_LABELS } from "../../lib/autoship"

type Color = "green" | "orange" | "grey" | "red" | "blue"

const STATUS_COLORS: Record<AutoshipStatus, Color> = { active: "green", paused: "orange", cancelled: "grey", payment_failed: "red" }
const OUTCOME_COLORS: Record<AutoshipCycleOutcome, Color> = {
  processing: "blue",
  placed: "green",
  skipped: "grey",
  out_of_stock: "orange",
  payment_failed: "red",
}

export const AutoshipStatusBadge = ({ status }: { status: AutoshipStatus }) => (
  <StatusBadge color={STATUS_COLORS[status]}>{AUTOSHIP_STATUS_LABELS[status]}</StatusBadge>
)

export const CycleOutcomeBadge = ({ outcome }: { outcome: AutoshipCycleOutcome }) => (
  <StatusBadge color={OUTCOME_COLORS[outcome]}>{CYCLE_OUTCOME_LABELS[outcome]}</StatusBadge>
)
