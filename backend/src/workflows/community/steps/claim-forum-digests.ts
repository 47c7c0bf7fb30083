import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FORUM_DIGEST_INTERVAL_MINUTES } from "@supplement-store/contract"
import { COMMUNITY_MODULE } from "../../../modules/community"
import type CommunityModuleService from "../../../modules/community/service"

/**
 * Claims the follows whose digest is due (of some threads, or of all when the job runs), already
 * marked as notified so nothing else mails them. Undone, they are due again.
 */
export const claimForumDigestsStep = createStep(
  "claim-forum-digests",
  async ({ thread_ids }: { thread_ids?: string[] }, { container }) => {
    const claims = await container
      .resolve<CommunityModuleService>(COMMUNITY_MODULE)
      .claimForumDigests({ threadIds: thread_ids, intervalMinutes: FORUM_DIGEST_INTERVAL_MINUTES })
    return new StepResponse(claims, claims)
  },
  async (claims, { container }) => {
    if (claims?.length) {
      await container.resolve<CommunityModuleService>(COMMUNITY_MODULE).releaseForumDigests(claims)
    }
  }
)
