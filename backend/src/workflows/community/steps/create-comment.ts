import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMUNITY_MODULE } from "../../../modules/community"
import type { CommentStatus } from "../../../modules/community/models/comment"
import type CommunityModuleService from "../../../modules/community/service"
import type { NewComment } from "../types"

export type CreateCommentStepInput = Omit<NewComment, "bot_signal"> & { status: CommentStatus; spam_reason: string | null }

export const createCommentStep = createStep(
  "create-comment",
  async (input: CreateCommentStepInput, { container }) => {
    const community: CommunityModuleService = container.resolve(COMMUNITY_MODULE)
    const comment = await community.createComments(input)
    return new StepResponse(comment, comment.id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<CommunityModuleService>(COMMUNITY_MODULE).deleteComments(id)
    }
  }
)
