import { Badge, StatusBadge, Tooltip } from "@medusajs/ui"
import type { ForumPostStatus } from "@supplement-store/contract"

/** Comments and reviews use four statuses; forum posts add `hidden` (reported by readers, awaiting a decision). */
type AnyModerationStatus = ForumPostStatus

const COLORS: Record<AnyModerationStatus, "orange" | "green" | "grey" | "red" | "purple"> = {
  pending: "orange",
  approved: "green",
  hidden: "purple",
  rejected: "grey",
  spam: "red",
}

export const MODERATION_STATUS_LABELS: Record<AnyModerationStatus, string> = {
  pending: "Pending",
  approved: "Approved",
  hidden: "Hidden",
  rejected: "Rejected",
  spam: "Spam",
}

/** A comment's, review's or forum post's moderation status. */
export const ModerationStatusBadge = ({ status }: { status: AnyModerationStatus }) => (
  <StatusBadge color={COLORS[status] ?? "grey"}>{MODERATION_STATUS_LABELS[status] ?? status}</StatusBadge>
)

/** Why the spam rules flagged a comment or review; the reason is shown as text. */
export const SpamReasonBadge = ({ reason }: { reason: string }) => (
  <Tooltip content={`Flagged: ${reason}`}>
    <Badge size="2xsmall" color="red" className="max-w-[220px]">
      <span className="truncate">{reason}</span>
    </Badge>
  </Tooltip>
)
