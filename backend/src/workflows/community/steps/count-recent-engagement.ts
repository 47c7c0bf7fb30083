import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMUNITY_MODULE } from "../../../modules/community"
import type CommunityModuleService from "../../../modules/community/service"

/** Votes and approved comments per article id since a moment. A read: nothing to undo. */
export const countRecentEngagementStep = createStep(
  "count-recent-engagement",
  async ({ since }: { since: string }, { container }) => {
    const engagement = await container.resolve<CommunityModuleService>(COMMUNITY_MODULE).engagementSince(new Date(since), null)
    return new StepResponse(Object.fromEntries(engagement))
  }
)
