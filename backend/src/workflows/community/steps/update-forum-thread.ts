import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMUNITY_MODULE } from "../../../modules/community"
import type CommunityModuleService from "../../../modules/community/service"

export type ForumThreadChanges = { pinned?: boolean; locked?: boolean; forum_id?: string; title?: string }

/** Pins, locks, moves or retitles a thread. On rollback it gets its old values back. */
export const updateForumThreadStep = createStep(
  "update-forum-thread",
  async ({ id, ...changes }: ForumThreadChanges & { id: string }, { container }) => {
    const community = container.resolve<CommunityModuleService>(COMMUNITY_MODULE)
    const before = await community.retrieveForumThread(id, { select: ["id", "pinned", "locked", "forum_id", "title"] })
    const thread = await community.updateForumThreads({ id, ...changes })
    const previous = { id, pinned: before.pinned, locked: before.locked, forum_id: before.forum_id, title: before.title }
    return new StepResponse(thread, previous)
  },
  async (previous, { container }) => {
    if (previous) {
      await container.resolve<CommunityModuleService>(COMMUNITY_MODULE).updateForumThreads(previous)
    }
  }
)
