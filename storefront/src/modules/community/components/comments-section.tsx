import Link from "next/link"

import type { CommentThread } from "@/lib/data/community"
import { COMMENTS_PAGE_PARAM } from "@/lib/routes"
import CommentForm from "@/modules/community/components/comment-form"
import CommentItem from "@/modules/community/components/comment-item"

type CommentsSectionProps = {
  handle: string
  /** The article's page (the newsroom's route), where "Load more comments" leads. */
  articleHref: string
  /** Null when the comments couldn't be loaded. */
  thread: CommentThread | null
  perPage: number
}

/** The article's discussion: the approved thread, "Load more comments", and the form. */
export default function CommentsSection({ handle, articleHref, thread, perPage }: CommentsSectionProps) {
  // A server component renders once per page (re)generation: this is when the form was made.
  // eslint-disable-next-line react-hooks/purity
  const renderedAt = Date.now()
  const total = thread?.total ?? 0
  const nextPage = thread ? thread.pages + 1 : 2
  return (
    <section
      id="comments"
      aria-labelledby="comments-heading"
      data-total={total}
      className="mt-12 max-w-3xl scroll-mt-24 border-t border-sand-200 pt-8 print:hidden"
      data-print="hide"
    >
      <h2 id="comments-heading" className="font-serif text-2xl font-semibold text-bark-900">
        Comments ({total})
      </h2>

      {thread === null ? (
        <p role="status" className="mt-4 text-bark-700">
          The comments couldn&apos;t be loaded right now. Please try again in a moment.
        </p>
      ) : thread.comments.length === 0 ? (
        <p className="mt-4 text-bark-700">No comments yet. Start the discussion below.</p>
      ) : (
        <ol className="mt-6 flex flex-col gap-8" data-testid="comment-thread">
          {thread.comments.map((comment, index) => (
            <li
              key={comment.id}
              id={index > 0 && index % perPage === 0 ? `comments-page-${index / perPage + 1}` : undefined}
              className="min-w-0 scroll-mt-24"
            >
              <CommentItem comment={comment} handle={handle} renderedAt={renderedAt} />
            </li>
          ))}
        </ol>
      )}

      {thread?.hasMore ? (
        <p className="mt-8">
          <Link
            href={`${articleHref}?${COMMENTS_PAGE_PARAM}=${nextPage}#comments-page-${nextPage}`}
            rel="nofollow"
            data-testid="load-more-comments"
            className="inline-flex items-center rounded-md border border-leaf-600 px-4 py-2 text-sm font-medium text-leaf-700 no-underline hover:bg-leaf-600 hover:text-white"
          >
            Load more comments
          </Link>
        </p>
      ) : null}

      <div className="mt-10 rounded-lg border border-sand-200 bg-white p-4 sm:p-6">
        <h3 id="comment-form-heading" className="mb-1 font-serif text-xl font-semibold text-bark-900">
          Join the discussion
        </h3>
        <p className="mb-4 text-sm text-bark-600">
          Comments are checked by a moderator before they appear. Plain text only.
        </p>
        <CommentForm handle={handle} renderedAt={renderedAt} />
      </div>
    </section>
  )
}
