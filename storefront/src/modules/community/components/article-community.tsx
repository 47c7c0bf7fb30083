import { COMMENTS_PER_PAGE, getArticleVoteCount, getCommentThread, type CommentThread } from "@/lib/data/community"
import CommentsSection from "@/modules/community/components/comments-section"
import EngagementBar from "@/modules/community/components/engagement-bar"

/*
 * The article page's community parts, from the cached thread and vote count
 * (what every reader sees; the reader's own vote and name come from the
 * browser, see reader.tsx). The article never fails because of them: they
 * degrade to an empty state. Both read the same thread (React's `cache` makes
 * it one request). They are rendered with the page rather than streamed behind
 * Suspense, since streamed content needs JavaScript to appear and these forms
 * must work without it.
 */

type CommunityProps = {
  handle: string
  /** How many pages of comments to show (`?comments_page=`). */
  commentPages: number
}

async function orNull<T>(read: Promise<T>, what: string): Promise<T | null> {
  try {
    return await read
  } catch (error) {
    console.error(`community: could not load the ${what}`, error)
    return null
  }
}

function threadOrNull(handle: string, pages: number): Promise<CommentThread | null> {
  return orNull(getCommentThread(handle, pages), "comments")
}

/** The vote button and "N comments" link at the end of the article. */
export async function ArticleEngagement({ handle, commentPages }: CommunityProps) {
  const [votes, thread] = await Promise.all([orNull(getArticleVoteCount(handle), "votes"), threadOrNull(handle, commentPages)])
  return <EngagementBar handle={handle} votes={votes ?? 0} comments={thread?.total ?? 0} />
}

/** The comments section: thread, "Load more comments" and the comment form. */
export async function ArticleComments({ handle, articleHref, commentPages }: CommunityProps & { articleHref: string }) {
  const thread = await threadOrNull(handle, commentPages)
  return <CommentsSection handle={handle} articleHref={articleHref} thread={thread} perPage={COMMENTS_PER_PAGE} />
}
