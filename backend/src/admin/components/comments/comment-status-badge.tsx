import { Badge, StatusBadge, Tooltip } from "@medusajs/ui"
import type { CommentStatus } from "./api"

const COLORS: Record<CommentStatus, "orange" | "green" | "grey" | "red"> = {
  pending: "orange",
  approved: "green",
  rejected: "grey",
  spam: "red",
}

export const MODERATION_STATUS_LABELS: Record<CommentStatus, string> = {
  pending: "Pending",
  approved: "Approved",
  rejected: "Rejected",
  spam: "Spam",
}

/** A comment's or a review's moderation status: both queues share the four statuses. */
export const ModerationStatusBadge = ({ status }: { status: CommentStatus }) => (
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
