import { Button } from "@medusajs/ui"
import type { CommentStatus } from "./api"
import { MODERATION_ACTIONS, useModerateComment } from "./use-moderate"

type Props = {
  id: string
  status: CommentStatus
  size?: "small" | "base"
  /** Colour the buttons by meaning (primary approve, danger spam); rows use plain secondary buttons. */
  emphasis?: boolean
  /** Let the buttons wrap onto a second line in narrow table cells. */
  wrap?: boolean
  onDone?: (status: CommentStatus) => void
}

/** Approve / Reject / Spam buttons for one comment; the button of its current status is disabled. */
export const CommentActions = ({ id, status, size = "small", emphasis = false, wrap = false, onDone }: Props) => {
  const moderate = useModerateComment()
  const busyStatus = moderate.isPending ? moderate.variables?.status : undefined

  return (
    <div
      className={`flex items-center justify-end gap-1.5 ${wrap ? "flex-wrap" : ""}`}
      onClick={(e) => e.stopPropagation()}>
      {MODERATION_ACTIONS.map((action) => (
        <Button
          key={action.status}
          type="button"
          size={size}
          variant={
            !emphasis ? "secondary" : action.status === "approved" ? "primary" : action.status === "spam" ? "danger" : "secondary"
          }
          disabled={status === action.status || moderate.isPending}
          isLoading={busyStatus === action.status}
          title={status === action.status ? `Already ${action.status}` : undefined}
          onClick={() =>
            moderate.mutate({ id, status: action.status }, { onSuccess: () => onDone?.(action.status) })
          }
        >
          {action.label}
        </Button>
      ))}
    </div>
  )
}
