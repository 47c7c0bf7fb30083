import { toast } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { commentKeys, commentsApi, errorMessage, type CommentStatus } from "./api"

export const MODERATION_ACTIONS: { status: CommentStatus; label: string; bulkLabel: string; shortcut: string }[] = [
  { status: "approved", label: "Approve", bulkLabel: "Approve", shortcut: "a" },
  { status: "rejected", label: "Reject", bulkLabel: "Reject", shortcut: "r" },
  { status: "spam", label: "Spam", bulkLabel: "Mark spam", shortcut: "s" },
]

const DONE: Record<CommentStatus, string> = {
  pending: "moved back to pending",
  approved: "approved",
  rejected: "rejected",
  spam: "marked as spam",
}

function plural(n: number) {
  return n === 1 ? "1 comment" : `${n} comments`
}

/** Moderates one comment; refreshes the queue, the pending count and the detail views. */
export function useModerateComment() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, status }: { id: string; status: CommentStatus }) => commentsApi.moderate(id, status),
    onSuccess: (_data, { status }) => {
      toast.success(`Comment ${DONE[status]}`)
    },
    onError: (error) => toast.error(`Could not update the comment: ${errorMessage(error)}`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: commentKeys.all }),
  })
}

/** Moderates the selected comments at once through `POST /admin/comments/batch`. */
export function useModerateComments() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ ids, status }: { ids: string[]; status: CommentStatus }) => commentsApi.moderateMany(ids, status),
    onSuccess: (_data, { ids, status }) => {
      toast.success(`${plural(ids.length)} ${DONE[status]}`)
    },
    onError: (error) => toast.error(`Could not update the comments: ${errorMessage(error)}`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: commentKeys.all }),
  })
}
