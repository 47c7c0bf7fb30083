import { COMMENTS_PER_PAGE, getArticleVotes, getCommentThread, type CommentThread, type VoteState } from "@/lib/data/community"
import { retrieveCustomerSafe } from "@/lib/data/customer"
import type { CommentViewer } from "@/modules/community/components/comment-form"
import CommentsSection from "@/modules/community/components/comments-section"
import EngagementBar from "@/modules/community/components/engagement-bar"

/*
 * The article page's community parts, each loading its own (uncached) data;
 * the article never fails because of them (they degrade to an empty state).
 * Both read the same thread (React's `cache` makes it one request). They are
 * rendered with the page rather than streamed behind Suspense, since streamed
 * content needs JavaScript to appear and these forms must work without it.
 */

type CommunityProps = {
  handle: string
  /** How many pages of comments to show ("?comments_page="). */
  commentPages: number
}

async function threadOrNull(handle: string, pages: number): Promise<CommentThread | null> {
  try {
    return await getCommentThread(handle, pages)
  } catch (error) {
    console.error("community: could not load the comments", error)
    return null
  }
}

async function votesOrNull(handle: string): Promise<VoteState | null> {
  try {
    return await getArticleVotes(handle)
  } catch (error) {
    console.error("community: could not load the votes", error)
    return null
  }
}

/** The vote button and "N comments" link at the end of the article. */
export async function ArticleEngagement({ handle, commentPages }: CommunityProps) {
  const [votes, thread] = await Promise.all([votesOrNull(handle), threadOrNull(handle, commentPages)])
  return (
    <EngagementBar
      handle={handle}
      votes={votes?.votes ?? 0}
      voted={votes?.voted ?? false}
      comments={thread?.total ?? 0}
    />
  )
}

/** The comments section: thread, "Load more comments" and the comment form. */
export async function ArticleComments({ handle, commentPages }: CommunityProps) {
  const [thread, customer] = await Promise.all([threadOrNull(handle, commentPages), retrieveCustomerSafe()])
  const viewer: CommentViewer = customer
    ? { customer: true, name: [customer.first_name, customer.last_name].filter(Boolean).join(" ").trim() }
    : { customer: false }
  return <CommentsSection handle={handle} thread={thread} viewer={viewer} perPage={COMMENTS_PER_PAGE} />
}
