import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMUNITY_MODULE } from "../../../modules/community"
import type CommunityModuleService from "../../../modules/community/service"

type Before = { reportIds: string[]; counts: { id: string; open_report_count: number }[] }

/**
 * A moderator decided: the posts' open reports are resolved and the posts leave the "reported" queue.
 * On rollback the reports open again with their old counts.
 */
export const resolveForumReportsStep = createStep(
  "resolve-forum-reports",
  async ({ post_ids }: { post_ids: string[] }, { container }) => {
    const community = container.resolve<CommunityModuleService>(COMMUNITY_MODULE)
    const reports = await community.listForumReports({ post_id: post_ids, resolved_at: null }, { select: ["id"], take: null })
    const posts = await community.listForumPosts(
      { id: post_ids, open_report_count: { $gt: 0 } },
      { select: ["id", "open_report_count"] }
    )
    if (reports.length) {
      await community.updateForumReports({ selector: { id: reports.map((report) => report.id) }, data: { resolved_at: new Date() } })
    }
    if (posts.length) {
      await community.updateForumPosts({ selector: { id: posts.map((post) => post.id) }, data: { open_report_count: 0 } })
    }
    const before: Before = { reportIds: reports.map((report) => report.id), counts: posts.map(({ id, open_report_count }) => ({ id, open_report_count })) }
    return new StepResponse(reports.length, before)
  },
  async (before, { container }) => {
    const community = container.resolve<CommunityModuleService>(COMMUNITY_MODULE)
    if (before?.reportIds.length) {
      await community.updateForumReports({ selector: { id: before.reportIds }, data: { resolved_at: null } })
    }
    if (before?.counts.length) {
      await community.updateForumPosts(before.counts)
    }
  }
)
