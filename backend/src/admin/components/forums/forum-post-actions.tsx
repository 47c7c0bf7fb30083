import { Button } from "@medusajs/ui"
import type { AdminForumPost } from "@supplement-store/contract"
import { useState } from "react"
import { ModerationButtons } from "../comments/comment-actions"
import { ReasonPrompt } from "./reason-prompt"
import { useDeleteForumPost, useModerateForumPost } from "./use-forum-mutations"

type Props = {
  post: Pick<AdminForumPost, "id" | "status" | "is_first">
  emphasis?: boolean
  /** Called once the post was deleted (the drawer closes). */
  onDeleted?: () => void
}

/** Approve / Reject / Spam (a decision also clears the post's reports), and Delete with a reason. */
export const ForumPostActions = ({ post, emphasis = false, onDeleted }: Props) => {
  const moderate = useModerateForumPost()
  const remove = useDeleteForumPost()
  const [deleting, setDeleting] = useState(false)
  return (
    <div className="flex flex-wrap items-center justify-end gap-1.5" onClick={(e) => e.stopPropagation()}>
      <ModerationButtons
        wrap
        status={post.status}
        emphasis={emphasis}
        busyStatus={moderate.isPending ? moderate.variables?.status : undefined}
        onModerate={(status) => moderate.mutate({ id: post.id, status })}
      />
      <Button type="button" size="small" variant="secondary" onClick={() => setDeleting(true)}>
        Delete
      </Button>
      <ReasonPrompt
        open={deleting}
        onOpenChange={setDeleting}
        title={post.is_first ? "Delete the whole thread?" : "Delete this post?"}
        description={
          post.is_first
            ? "This is the thread's first post: deleting it deletes the thread and all its replies. Readers no longer see them."
            : "The post disappears from its thread and from the counts. Readers no longer see it."
        }
        confirmLabel={post.is_first ? "Delete thread" : "Delete post"}
        isPending={remove.isPending}
        onConfirm={(reason) =>
          remove.mutate(
            { id: post.id, reason },
            {
              onSuccess: () => {
                setDeleting(false)
                onDeleted?.()
              },
            }
          )
        }
      />
    </div>
  )
}
