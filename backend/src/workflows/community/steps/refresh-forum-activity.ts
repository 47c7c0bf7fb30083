import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMUNITY_MODULE } from "../../../modules/community"
import type CommunityModuleService from "../../../modules/community/service"

export type ForumActivity = { thread_id: string; thread_handle: string; forum_handles: string[] }

/**
 * Recounts threads and then the forums they are in (and forums a thread left, given as
 * `forum_ids`). Nothing to undo: a rerun writes the same counts from the same rows.
 */
export const refreshForumActivityStep = createStep(
  "refresh-forum-activity",
  async ({ thread_ids, forum_ids = [] }: { thread_ids: string[]; forum_ids?: string[] }, { container }) => {
    const community = container.resolve<CommunityModuleService>(COMMUNITY_MODULE)
    const threads = await community.listForumThreads(
      { id: [...new Set(thread_ids)] },
      { select: ["id", "handle", "forum_id"], withDeleted: true }
    )
    const forumIds = new Set([...forum_ids, ...threads.map((thread) => thread.forum_id)])
    for (const thread of threads) {
      await community.refreshThreadActivity(thread.id)
    }
    for (const forumId of forumIds) {
      await community.refreshForumActivity(forumId)
    }
    const forums = await community.listForums({ id: [...forumIds] }, { select: ["id", "handle"], withDeleted: true })
    const handles = new Map(forums.map((forum) => [forum.id, forum.handle]))
    const activity: ForumActivity[] = threads.map((thread) => ({
      thread_id: thread.id,
      thread_handle: thread.handle,
      forum_handles: [...forumIds].filter((id) => id === thread.forum_id || forum_ids.includes(id)).map((id) => handles.get(id)!),
    }))
    return new StepResponse(activity)
  }
)
