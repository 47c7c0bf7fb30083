import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { COMMUNITY_MODULE } from "../../../modules/community"
import type CommunityModuleService from "../../../modules/community/service"

/**
 * Whether a customer may report a post: it must show (404 otherwise) and not be their own (400).
 * A customer who already reported it is answered as before, without a second report. A read.
 */
export const checkForumReportStep = createStep(
  "check-forum-report",
  async ({ post_id, customer_id }: { post_id: string; customer_id: string }, { container }) => {
    const community = container.resolve<CommunityModuleService>(COMMUNITY_MODULE)
    const [post] = await community.listForumPosts({ id: post_id }, { select: ["id", "thread_id", "customer_id", "status"], take: 1 })
    const [earlier] = post ? await community.listForumReports({ post_id, customer_id }, { select: ["id"], take: 1 }) : []
    if (post && earlier) {
      return new StepResponse({ thread_id: post.thread_id, already_reported: true, hidden: post.status === "hidden" })
    }
    if (!post || post.status !== "approved") {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "This post was not found")
    }
    if (post.customer_id === customer_id) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "You cannot report your own post")
    }
    return new StepResponse({ thread_id: post.thread_id, already_reported: false, hidden: false })
  }
)
