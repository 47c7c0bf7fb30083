import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMUNITY_MODULE } from "../../../modules/community"
import type CommunityModuleService from "../../../modules/community/service"

export type FoundForumThread = { id: string; forum_id: string }

/** The thread staff act on, or a 404. */
export const findForumThreadStep = createStep("find-forum-thread", async ({ id }: { id: string }, { container }) => {
  const [thread] = await container
    .resolve<CommunityModuleService>(COMMUNITY_MODULE)
    .listForumThreads({ id }, { select: ["id", "forum_id"] })
  if (!thread) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Forum thread ${id} was not found`)
  }
  return new StepResponse<FoundForumThread>({ id: thread.id, forum_id: thread.forum_id })
})
