import type { CommentStatus } from "@supplement-store/contract"

/** Comments and reviews are moderated through the same four statuses. */
export type ModerationStatus = CommentStatus

export const MODERATION_ACTIONS: { status: ModerationStatus; label: string; bulkLabel: string; shortcut: string }[] = [
  { status: "approved", label: "Approve", bulkLabel: "Approve", shortcut: "a" },
  { status: "rejected", label: "Reject", bulkLabel: "Reject", shortcut: "r" },
  { status: "spam", label: "Spam", bulkLabel: "Mark spam", shortcut: "s" },
]
