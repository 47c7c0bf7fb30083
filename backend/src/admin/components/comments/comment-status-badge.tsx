import { Badge, StatusBadge, Tooltip } from "@medusajs/ui"
import type { CommentStatus } from "./api"

const COLORS: Record<CommentStatus, "orange" | "green" | "grey" | "red"> = {
  pending: "orange",
  approved: "green",
  rejected: "grey",
  spam: "red",
}

export const COMMENT_STATUS_LABELS: Record<CommentStatus, string> = {
  pending: "Pending",
  approved: "Approved",
  rejected: "Rejected",
  spam: "Spam",
}

export const CommentStatusBadge = ({ status }: { status: CommentStatus }) => (
  <StatusBadge color={COLORS[status] ?? "grey"}>{COMMENT_STATUS_LABELS[status] ?? status}</StatusBadge>
)

/** Why the spam rules flagged a comment; the reason is shown as text. */
export const SpamReasonBadge = ({ reason }: { reason: string }) => (
  <Tooltip content={`Flagged: ${reason}`}>
    <Badge size="2xsmall" color="red" className="max-w-[220px]">
      <span className="truncate">{reason}</span>
    </Badge>
  </Tooltip>
)
