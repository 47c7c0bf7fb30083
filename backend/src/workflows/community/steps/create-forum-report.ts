import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ForumReportReason } from "@supplement-store/contract"
import { COMMUNITY_MODULE } from "../../../modules/community"
import type CommunityModuleService from "../../../modules/community/service"

export type NewForumReport = { post_id: string; customer_id: string; reason: ForumReportReason; note?: string | null }

/** Files a reader's report for the moderation queue. On rollback it goes. */
export const createForumReportStep = createStep(
  "create-forum-report",
  async (input: NewForumReport, { container }) => {
    const report = await container.resolve<CommunityModuleService>(COMMUNITY_MODULE).createForumReports(input)
    return new StepResponse(report, report.id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<CommunityModuleService>(COMMUNITY_MODULE).deleteForumReports(id)
    }
  }
)
