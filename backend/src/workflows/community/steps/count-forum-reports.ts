import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FORUM_REPORTS_TO_HIDE } from "@supplement-store/contract"
import { COMMUNITY_MODULE } from "../../../modules/community"
import type CommunityModuleService from "../../../modules/community/service"

/**
 * Recounts a post's open reports (one per customer, by the reports' unique index) and hides a shown
 * post once `FORUM_REPORTS_TO_HIDE` customers reported it, until a moderator decides. Answers whether
 * it is hidden now and whether this count hid it. On rollback the post gets its count and status back.
 */
export const countForumReportsStep = createStep(
  "count-forum-reports",
  async ({ post_id }: { post_id: string }, { container }) => {
    const community = container.resolve<CommunityModuleService>(COMMUNITY_MODULE)
    const [before, [, open]] = await Promise.all([
      community.retrieveForumPost(post_id, { select: ["id", "status", "open_report_count"] }),
      community.listAndCountForumReports({ post_id, resolved_at: null }, { select: ["id"], take: 1 }),
    ])
    const hide = before.status === "approved" && open >= FORUM_REPORTS_TO_HIDE
    await community.updateForumPosts({ id: post_id, open_report_count: open, ...(hide ? { status: "hidden" as const } : {}) })
    const previous = { id: before.id, status: before.status, open_report_count: before.open_report_count }
    return new StepResponse({ hidden: hide || before.status === "hidden", newly_hidden: hide }, previous)
  },
  async (previous, { container }) => {
    if (previous) {
      await container.resolve<CommunityModuleService>(COMMUNITY_MODULE).updateForumPosts(previous)
    }
  }
)
