import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMUNITY_MODULE } from "../../../modules/community"
import type CommunityModuleService from "../../../modules/community/service"

export type CreateForumInput = { name: string; handle: string; description: string; topic_handle?: string | null }

/** Adds a forum at the end of the index; a taken handle is a 409. On rollback it goes again. */
export const createForumStep = createStep(
  "create-forum",
  async (input: CreateForumInput, { container }) => {
    const community = container.resolve<CommunityModuleService>(COMMUNITY_MODULE)
    const [taken] = await community.listForums({ handle: input.handle }, { select: ["id"], withDeleted: true })
    if (taken) {
      throw new MedusaError(MedusaError.Types.CONFLICT, `A forum with the handle "${input.handle}" already exists`)
    }
    const [last] = await community.listForums({}, { select: ["rank"], order: { rank: "DESC" }, take: 1 })
    const forum = await community.createForums({ ...input, rank: (last?.rank ?? -1) + 1 })
    return new StepResponse(forum, forum.id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<CommunityModuleService>(COMMUNITY_MODULE).deleteForums(id)
    }
  }
)
