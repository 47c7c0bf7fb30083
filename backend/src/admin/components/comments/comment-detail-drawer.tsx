import { ArrowUpRightOnBox } from "@medusajs/icons"
import { Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { DrawerSection, ModerationDrawer } from "../moderation/moderation-drawer"
import {
  commentKeys,
  commentsApi,
  errorMessage,
  formatCommentDate,
  storefrontArticleUrl,
  type AdminComment,
} from "./api"
import { CommentActions } from "./comment-actions"
import { ModerationStatusBadge, SpamReasonBadge } from "./comment-status-badge"

type Props = {
  commentId: string | null
  onOpenChange: (open: boolean) => void
  /** Show another comment (the parent) in the drawer. */
  onOpenComment: (id: string) => void
}

/** Comment text, rendered as text: line breaks kept, long words wrapped. */
export const CommentBody = ({ body, className }: { body: string; className?: string }) => (
  <p
    className={`txt-compact-small text-ui-fg-base whitespace-pre-wrap break-words [overflow-wrap:anywhere] ${className ?? ""}`}
  >
    {body}
  </p>
)

const Meta = ({ comment }: { comment: AdminComment }) => (
  <div className="flex flex-col gap-y-1">
    <div className="flex flex-wrap items-center gap-2">
      <Text size="small" weight="plus" className="break-words [overflow-wrap:anywhere]">
        {comment.author_name}
      </Text>
      <ModerationStatusBadge status={comment.status} />
      {comment.spam_reason && <SpamReasonBadge reason={comment.spam_reason} />}
    </div>
    <Text size="xsmall" className="text-ui-fg-subtle break-words [overflow-wrap:anywhere]">
      {comment.email}
      {comment.customer_id ? ` · customer ${comment.customer_id}` : " · guest"}
      {` · ${formatCommentDate(comment.created_at)}`}
    </Text>
  </div>
)

/** The full comment with its context: the comment it replies to and the article (storefront link). */
export const CommentDetailDrawer = ({ commentId, onOpenChange, onOpenComment }: Props) => {
  const { data, isLoading, isError, error } = useQuery({
    queryKey: commentKeys.detail(commentId ?? ""),
    queryFn: () => commentsApi.retrieve(commentId!),
    enabled: !!commentId,
  })
  const comment = data?.comment

  return (
    <ModerationDrawer
      title="Comment"
      open={!!commentId}
      onOpenChange={onOpenChange}
      actions={comment && <CommentActions id={comment.id} status={comment.status} emphasis />}
    >
      {isLoading && (
        <Text size="small" className="text-ui-fg-subtle">
          Loading comment…
        </Text>
      )}
      {isError && (
        <Text size="small" className="text-ui-fg-error">
          Could not load the comment: {errorMessage(error)}
        </Text>
      )}
      {comment && (
        <>
          <DrawerSection title="Comment">
            <Meta comment={comment} />
            <div className="bg-ui-bg-subtle rounded-md border px-3 py-2">
              <CommentBody body={comment.body} />
            </div>
          </DrawerSection>

          <DrawerSection title="Article">
            {comment.article ? (
              <div className="flex flex-col gap-y-1">
                <Text size="small" className="break-words [overflow-wrap:anywhere]">
                  {comment.article.title}
                </Text>
                <a
                  href={storefrontArticleUrl(comment.article.handle)}
                  target="_blank"
                  rel="noopener noreferrer"
                  className="txt-compact-small text-ui-fg-interactive hover:text-ui-fg-interactive-hover inline-flex w-fit items-center gap-x-1"
                >
                  View on storefront
                  <ArrowUpRightOnBox />
                </a>
              </div>
            ) : (
              <Text size="small" className="text-ui-fg-subtle">
                The article was deleted.
              </Text>
            )}
          </DrawerSection>

          {comment.parent_id && (
            <DrawerSection title="In reply to">
              {comment.parent ? (
                <div className="flex flex-col gap-y-2 rounded-md border border-dashed px-3 py-2">
                  <Meta comment={comment.parent} />
                  <CommentBody body={comment.parent.body} className="text-ui-fg-subtle" />
                  <button
                    type="button"
                    className="txt-compact-small text-ui-fg-interactive hover:text-ui-fg-interactive-hover w-fit"
                    onClick={() => onOpenComment(comment.parent!.id)}
                  >
                    Open this comment
                  </button>
                </div>
              ) : (
                <Text size="small" className="text-ui-fg-subtle">
                  The comment it replies to no longer exists.
                </Text>
              )}
            </DrawerSection>
          )}
        </>
      )}
    </ModerationDrawer>
  )
}
