import type { ReviewStatus } from "@supplement-store/contract"
import { ModerationButtons } from "../comments/comment-actions"
import { useModerateReview } from "./use-moderate-reviews"

/** The moderation buttons for one review (the same actions as comments). */
export const ReviewActions = ({ id, status, emphasis = false }: { id: string; status: ReviewStatus; emphasis?: boolean }) => {
  const moderate = useModerateReview()
  return (
    <ModerationButtons
      wrap
      status={status}
      emphasis={emphasis}
      busyStatus={moderate.isPending ? moderate.variables?.status : undefined}
      onModerate={(next) => moderate.mutate({ id, status: next })}
    />
  )
}
