import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMUNITY_MODULE } from "../../../modules/community"
import type CommunityModuleService from "../../../modules/community/service"

/** Stops the customer's follow of a thread, if any (its unfollow links die with it). On rollback it returns. */
export const unfollowForumThreadStep = createStep(
  "unfollow-forum-thread",
  async ({ thread_id, customer_id }: { thread_id: string; customer_id: string }, { container }) => {
    const community = container.resolve<CommunityModuleService>(COMMUNITY_MODULE)
    const follows = await community.listForumFollows(
      { thread_id, customer_id },
      { select: ["id", "thread_id", "customer_id", "email", "notified_number", "notified_at"] }
    )
    if (follows.length) {
      await community.deleteForumFollows(follows.map((follow) => follow.id))
    }
    const restore = follows.map(({ id, email, notified_number, notified_at }) => ({ id, thread_id, customer_id, email, notified_number, notified_at }))
    return new StepResponse(false, restore)
  },
  async (follows, { container }) => {
    if (follows?.length) {
      await container.resolve<CommunityModuleService>(COMMUNITY_MODULE).createForumFollows(follows)
    }
  }
)
