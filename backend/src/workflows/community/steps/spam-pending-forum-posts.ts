import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMUNITY_MODULE } from "../../../modules/community"
import type CommunityModuleService from "../../../modules/community/service"

export const BANNED_SPAM_REASON = "banned"

/**
 * A banned customer's posts still waiting for a moderator go to spam (a first post takes its thread
 * along). Answers them for `forum.post_updated`; on rollback they wait again.
 */
export const spamPendingForumPostsStep = createStep(
  "spam-pending-forum-posts",
  async ({ customer_id }: { customer_id: string }, { container }) => {
    const community = container.resolve<CommunityModuleService>(COMMUNITY_MODULE)
    const posts = await community.listForumPosts(
      { customer_id, status: "pending" },
      { select: ["id", "thread_id", "is_first", "spam_reason"], take: null }
    )
    const threadIds = posts.filter((post) => post.is_first).map((post) => post.thread_id)
    if (posts.length) {
      await community.updateForumPosts({ selector: { id: posts.map((post) => post.id) }, data: { status: "spam", spam_reason: BANNED_SPAM_REASON } })
    }
    if (threadIds.length) {
      await community.updateForumThreads({ selector: { id: threadIds }, data: { status: "spam" } })
    }
    const before = { posts: posts.map(({ id, spam_reason }) => ({ id, spam_reason, status: "pending" as const })), threadIds }
    return new StepResponse(
      posts.map(({ id, thread_id }) => ({ id, thread_id })),
      before
    )
  },
  async (before, { container }) => {
    const community = container.resolve<CommunityModuleService>(COMMUNITY_MODULE)
    if (before?.posts.length) {
      await community.updateForumPosts(before.posts)
    }
    if (before?.threadIds.length) {
      await community.updateForumThreads({ selector: { id: before.threadIds }, data: { status: "pending" } })
    }
  }
)
