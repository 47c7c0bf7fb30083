import type { ForumPostStatus } from "@supplement-store/contract"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMUNITY_MODULE } from "../../../modules/community"
import type CommunityModuleService from "../../../modules/community/service"

export type SetForumPostStatusInput = { ids: string[]; status: ForumPostStatus }
type Before = { posts: { id: string; status: ForumPostStatus; number: number | null }[]; threads: { id: string; status: ForumPostStatus }[] }
export type ModeratedForumPosts = {
  /** Every post found, for `forum.post_updated`. */
  posts: { id: string; thread_id: string }[]
  /** Posts that showed for the first time, for `forum.post_approved` (followers are told). */
  shown: { id: string; thread_id: string; number: number }[]
}

/**
 * A moderator's decision on posts. Approval goes through `approveForumPost`, which numbers a post the
 * first time it shows; a first post carries its thread along (a thread's status is its first post's).
 * On rollback posts and threads get their old status (and a post its old number) back.
 */
export const setForumPostStatusStep = createStep(
  "set-forum-post-status",
  async ({ ids, status }: SetForumPostStatusInput, { container }) => {
    const community = container.resolve<CommunityModuleService>(COMMUNITY_MODULE)
    const posts = await community.listForumPosts({ id: ids }, { select: ["id", "thread_id", "status", "number", "is_first"] })
    const firstThreadIds = posts.filter((post) => post.is_first).map((post) => post.thread_id)
    const threads = firstThreadIds.length
      ? await community.listForumThreads({ id: firstThreadIds }, { select: ["id", "status"] })
      : []
    const before: Before = {
      posts: posts.map(({ id, status, number }) => ({ id, status, number })),
      threads: threads.map(({ id, status }) => ({ id, status })),
    }
    const shown: ModeratedForumPosts["shown"] = []
    if (status === "approved") {
      for (const post of posts) {
        const { number, first_time } = await community.approveForumPost(post.id)
        if (first_time) {
          shown.push({ id: post.id, thread_id: post.thread_id, number })
        }
      }
    } else if (posts.length) {
      await community.updateForumPosts({ selector: { id: posts.map((post) => post.id) }, data: { status } })
      if (threads.length) {
        await community.updateForumThreads({ selector: { id: threads.map((thread) => thread.id) }, data: { status } })
      }
    }
    const result: ModeratedForumPosts = { posts: posts.map(({ id, thread_id }) => ({ id, thread_id })), shown }
    return new StepResponse(result, before)
  },
  async (before, { container }) => {
    const community = container.resolve<CommunityModuleService>(COMMUNITY_MODULE)
    if (before?.posts.length) {
      await community.updateForumPosts(before.posts)
    }
    if (before?.threads.length) {
      await community.updateForumThreads(before.threads)
    }
  }
)
