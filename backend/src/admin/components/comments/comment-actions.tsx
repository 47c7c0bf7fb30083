import { Button } from "@medusajs/ui"
import type { ForumPostStatus } from "@supplement-store/contract"
import type { CommentStatus } from "./api"
import { MODERATION_ACTIONS } from "../moderation/actions"
import { useModerateComment } from "./use-moderate"

type ButtonsProps = {
  /** The item's status now; forum posts may also be `hidden`. */
  status: ForumPostStatus
  /** The status being set right now, if any (its button spins, all are disabled). */
  busyStatus?: CommentStatus
  onModerate: (status: CommentStatus) => void
  size?: "small" | "base"
  /** Colour the buttons by meaning (primary approve, danger spam); rows use plain secondary buttons. */
  emphasis?: boolean
  /** Let the buttons wrap onto a second line in narrow table cells. */
  wrap?: boolean
}

/** Approve / Reject / Spam buttons, shared by the comment and review queues; the current status is disabled. */
export const ModerationButtons = ({ status, busyStatus, onModerate, size = "small", emphasis = false, wrap = false }: ButtonsProps) => (
  <div className={`flex items-center justify-end gap-1.5 ${wrap ? "flex-wrap" : ""}`} onClick={(e) => e.stopPropagation()}>
    {MODERATION_ACTIONS.map((action) => (
      <Button
        key={action.status}
        type="button"
        size={size}
        variant={!emphasis ? "secondary" : action.status === "approved" ? "primary" : action.status === "spam" ? "danger" : "secondary"}
        disabled={status === action.status || busyStatus !== undefined}
        isLoading={busyStatus === action.status}
        title={status === action.status ? `Already ${action.status}` : undefined}
        onClick={() => onModerate(action.status)}
      >
        {action.label}
      </Button>
    ))}
  </div>
)

type Props = Omit<ButtonsProps, "status" | "busyStatus" | "onModerate"> & {
  status: CommentStatus
  id: string
  onDone?: (status: CommentStatus) => void
}

/** The moderation buttons for one comment. */
export const CommentActions = ({ id, onDone, ...buttons }: Props) => {
  const moderate = useModerateComment()
  return (
    <ModerationButtons
      {...buttons}
      busyStatus={moderate.isPending ? moderate.variables?.status : undefined}
      onModerate={(status) => moderate.mutate({ id, status }, { onSuccess: () => onDone?.(status) })}
    />
  )
}
