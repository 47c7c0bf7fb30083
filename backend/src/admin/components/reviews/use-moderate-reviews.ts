import { toast } from "@medusajs/ui"
import type { ReviewStatus } from "@supplement-store/contract"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { errorMessage } from "../comments/api"
import { reviewKeys, reviewsApi } from "./api"

const DONE: Record<ReviewStatus, string> = {
  pending: "moved back to pending",
  approved: "approved",
  rejected: "rejected",
  spam: "marked as spam",
}

const plural = (n: number) => (n === 1 ? "1 review" : `${n} reviews`)

/** Moderates one review; refreshes the queue, the pending counts and the product summaries. */
export function useModerateReview() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, status }: { id: string; status: ReviewStatus }) => reviewsApi.moderate(id, status),
    onSuccess: (_data, { status }) => toast.success(`Review ${DONE[status]}`),
    onError: (error) => toast.error(`Could not update the review: ${errorMessage(error)}`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: reviewKeys.all }),
  })
}

/** Moderates the selected reviews at once through `POST /admin/reviews/batch`. */
export function useModerateReviews() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ ids, status }: { ids: string[]; status: ReviewStatus }) => reviewsApi.moderateMany(ids, status),
    onSuccess: (_data, { ids, status }) => toast.success(`${plural(ids.length)} ${DONE[status]}`),
    onError: (error) => toast.error(`Could not update the reviews: ${errorMessage(error)}`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: reviewKeys.all }),
  })
}

/** Writes, replaces or (with `null`) removes the store's reply to a review. */
export function useReplyToReview() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, reply }: { id: string; reply: string | null }) => reviewsApi.reply(id, reply),
    onSuccess: (_data, { reply }) => toast.success(reply === null ? "Reply removed" : "Reply saved"),
    onError: (error) => toast.error(`Could not save the reply: ${errorMessage(error)}`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: reviewKeys.all }),
  })
}
