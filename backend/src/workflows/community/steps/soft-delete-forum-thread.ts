import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMUNITY_MODULE } from "../../../modules/community"
import type CommunityModuleService from "../../../modules/community/service"

/**
 * Staff delete a thread: it and its posts are soft-deleted (so none of them shows or waits in the
 * queue), the reason kept on the thread. On rollback all of them are restored.
 */
export const softDeleteForumThreadStep = createStep(
  "soft-delete-forum-thread",
  async ({ id, reason }: { id: string; reason: string }, { container }) => {
    const community = container.resolve<CommunityModuleService>(COMMUNITY_MODULE)
    const posts = await community.listForumPosts({ thread_id: id }, { select: ["id"], take: null })
    const postIds = posts.map((post) => post.id)
    await community.updateForumThreads({ id, delete_reason: reason })
    if (postIds.length) {
      await community.softDeleteForumPosts(postIds)
    }
    await community.softDeleteForumThreads(id)
    return new StepResponse(id, { id, postIds })
  },
  async (deleted, { container }) => {
    if (deleted) {
      const community = container.resolve<CommunityModuleService>(COMMUNITY_MODULE)
      await community.restoreForumThreads(deleted.id)
      if (deleted.postIds.length) {
        await community.restoreForumPosts(deleted.postIds)
      }
      await community.updateForumThreads({ id: deleted.id, delete_reason: null })
    }
  }
)
