import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMUNITY_MODULE } from "../../../modules/community"
import type { CommentStatus } from "../../../modules/community/models/comment"
import type CommunityModuleService from "../../../modules/community/service"

export type SetCommentStatusInput = { ids: string[]; status: CommentStatus }

/** Moderates comments; returns those that became approved. On rollback each gets its old status back. */
export const setCommentStatusStep = createStep(
  "set-comment-status",
  async ({ ids, status }: SetCommentStatusInput, { container }) => {
    const community: CommunityModuleService = container.resolve(COMMUNITY_MODULE)
    const before = await community.listComments({ id: ids }, { select: ["id", "status"] })
    await community.updateComments({ selector: { id: ids }, data: { status } })
    const newlyApproved = status === "approved" ? before.filter((c) => c.status !== "approved").map((c) => c.id) : []
    return new StepResponse(newlyApproved, before.map((c) => ({ id: c.id, status: c.status })))
  },
  async (previous, { container }) => {
    if (previous?.length) {
      await container.resolve<CommunityModuleService>(COMMUNITY_MODULE).updateComments(previous)
    }
  }
)
