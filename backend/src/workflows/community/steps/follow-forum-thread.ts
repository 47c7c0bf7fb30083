import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMUNITY_MODULE } from "../../../modules/community"
import type CommunityModuleService from "../../../modules/community/service"

export type ForumFollower = { thread_id: string; customer_id: string; email: string }

/**
 * Follows a thread for the customer, from its current last post on (digests tell only of later ones).
 * Following twice keeps the first follow. On rollback a follow this step added goes.
 */
export const followForumThreadStep = createStep(
  "follow-forum-thread",
  async ({ thread_id, customer_id, email }: ForumFollower, { container }) => {
    const community = container.resolve<CommunityModuleService>(COMMUNITY_MODULE)
    const [existing] = await community.listForumFollows({ thread_id, customer_id }, { select: ["id"], take: 1 })
    if (existing) {
      return new StepResponse(true, null)
    }
    const { last_number } = await community.retrieveForumThread(thread_id, { select: ["last_number"] })
    const follow = await community.createForumFollows({ thread_id, customer_id, email, notified_number: last_number })
    return new StepResponse(true, follow.id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<CommunityModuleService>(COMMUNITY_MODULE).deleteForumFollows(id)
    }
  }
)
