import { Button, Text, Textarea } from "@medusajs/ui"
import type { AdminReview } from "@supplement-store/contract"
import { MAX_REVIEW_REPLY_LENGTH } from "@supplement-store/contract"
import { useState } from "react"
import { CommentBody } from "../comments/comment-detail-drawer"
import { formatCommentDate } from "../comments/api"
import { useReplyToReview } from "./use-moderate-reviews"

/**
 * The store's reply under a review: shown as text, written or edited in place, removed on demand.
 * It shows on the storefront under the review once the review is approved.
 */
export const ReviewReplyEditor = ({ review }: { review: AdminReview }) => {
  const saved = review.reply?.body ?? ""
  const [editing, setEditing] = useState(false)
  const [draft, setDraft] = useState(saved)
  const reply = useReplyToReview()
  const text = draft.trim()

  if (!editing) {
    return (
      <div className="flex flex-col gap-y-2">
        {review.reply ? (
          <div className="bg-ui-bg-subtle rounded-md border px-3 py-2">
            <CommentBody body={review.reply.body} />
            <Text size="xsmall" className="text-ui-fg-subtle mt-1">
              Replied {formatCommentDate(review.reply.created_at)}
            </Text>
          </div>
        ) : (
          <Text size="small" className="text-ui-fg-subtle">
            No reply yet.
          </Text>
        )}
        <div className="flex gap-2">
          <Button
            size="small"
            variant="secondary"
            onClick={() => {
              setDraft(saved)
              setEditing(true)
            }}
          >
            {review.reply ? "Edit reply" : "Write a reply"}
          </Button>
          {review.reply && (
            <Button
              size="small"
              variant="danger"
              isLoading={reply.isPending}
              onClick={() => reply.mutate({ id: review.id, reply: null })}
            >
              Remove reply
            </Button>
          )}
        </div>
      </div>
    )
  }

  return (
    <form
      className="flex flex-col gap-y-2"
      onSubmit={(e) => {
        e.preventDefault()
        if (text) reply.mutate({ id: review.id, reply: text }, { onSuccess: () => setEditing(false) })
      }}
    >
      <Textarea
        aria-label="Reply as the store"
        rows={5}
        maxLength={MAX_REVIEW_REPLY_LENGTH}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        placeholder="Thank the reviewer, answer the question, offer help…"
      />
      <div className="flex items-center justify-between gap-2">
        <Text size="xsmall" className="text-ui-fg-subtle">
          {draft.length} / {MAX_REVIEW_REPLY_LENGTH} · shown as plain text under the review
        </Text>
        <div className="flex gap-2">
          <Button type="button" size="small" variant="secondary" onClick={() => setEditing(false)}>
            Cancel
          </Button>
          <Button type="submit" size="small" disabled={!text || text === saved} isLoading={reply.isPending}>
            Save reply
          </Button>
        </div>
      </div>
    </form>
  )
}
