import { toast } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { errorMessage } from "../comments/api"
import { useModerateMany, useModerateOne } from "../moderation/use-moderate"
import { reviewKeys, reviewsApi } from "./api"

const REVIEWS = { one: "review", many: "reviews" }

/** Moderates one review; refreshes the queue, the pending counts and the product summaries. */
export const useModerateReview = () => useModerateOne(REVIEWS, reviewsApi.moderate, reviewKeys.all)

/** Moderates the selected reviews at once through `POST /admin/reviews/batch`. */
export const useModerateReviews = () => useModerateMany(REVIEWS, reviewsApi.moderateMany, reviewKeys.all)

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
