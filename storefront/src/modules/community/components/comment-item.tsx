import type { PublicComment } from "@/lib/data/community"
import CommentForm from "@/modules/community/components/comment-form"
import ReplyDisclosure from "@/modules/community/components/reply-disclosure"
import { formatCommentDate, MAX_INDENT_DEPTH } from "@/modules/community/utils"

type CommentItemProps = {
  comment: PublicComment
  handle: string
  renderedAt: number
  /** 0 for a top-level comment. */
  depth?: number
  /** The author answered (set for replies). */
  parentAuthor?: string
}

/**
 * One comment with its replies nested inside it. The author's name and the
 * body are readers' words: rendered as plain React text only (no HTML, no
 * Markdown, no links), wrapped so long words and URLs can't widen the page,
 * with their direction (left-to-right or right-to-left) taken from the text.
 */
export default function CommentItem({ comment, handle, renderedAt, depth = 0, parentAuthor }: CommentItemProps) {
  const authorId = `comment-${comment.id}-author`
  const date = formatCommentDate(comment.created_at)
  const replies = comment.replies ?? []
  return (
    <article
      id={`comment-${comment.id}`}
      data-testid="comment"
      data-depth={depth}
      aria-labelledby={authorId}
      className="min-w-0 scroll-mt-24"
    >
      <header className="flex min-w-0 flex-wrap items-baseline gap-x-2 gap-y-0.5">
        <bdi
          id={authorId}
          data-testid="comment-author"
          className="min-w-0 font-semibold break-words text-bark-900 [overflow-wrap:anywhere]"
        >
          {comment.author_name}
        </bdi>
        {date ? (
          <time dateTime={comment.created_at} className="text-xs text-bark-600">
            {date}
          </time>
        ) : null}
      </header>
      {depth > MAX_INDENT_DEPTH && parentAuthor ? (
        // Past the indent cap, replies line up with their parent: say whom they answer.
        <p className="mt-0.5 min-w-0 text-xs break-words text-bark-600 [overflow-wrap:anywhere]">
          In reply to <bdi>{parentAuthor}</bdi>
        </p>
      ) : null}
      <p
        dir="auto"
        data-testid="comment-body"
        className="mt-1 min-w-0 break-words whitespace-pre-wrap text-bark-900 [overflow-wrap:anywhere]"
      >
        {comment.body}
      </p>

      <ReplyDisclosure commentId={comment.id} authorId={authorId}>
        <CommentForm
          handle={handle}
          renderedAt={renderedAt}
          parentId={comment.id}
          replyTo={comment.author_name}
        />
      </ReplyDisclosure>

      {replies.length > 0 ? (
        <ol
          aria-label={`Replies to ${comment.author_name}`}
          data-testid="comment-replies"
          className={`mt-4 flex flex-col gap-5 ${
            depth < MAX_INDENT_DEPTH ? "ml-2 border-l-2 border-sand-200 pl-3 sm:ml-4 sm:pl-5" : ""
          }`}
        >
          {replies.map((reply) => (
            <li key={reply.id} className="min-w-0">
              <CommentItem
                comment={reply}
                handle={handle}
                      renderedAt={renderedAt}
                depth={depth + 1}
                parentAuthor={comment.author_name}
              />
            </li>
          ))}
        </ol>
      ) : null}
    </article>
  )
}
