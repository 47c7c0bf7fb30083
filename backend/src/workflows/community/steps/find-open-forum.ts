import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMUNITY_MODULE } from "../../../modules/community"
import type CommunityModuleService from "../../../modules/community/service"

/**
 * The forum a thread moves to: it must exist (404) and be open, since an archived forum takes no
 * new threads. Without an id (the thread stays), nothing to check.
 */
export const findOpenForumStep = createStep("find-open-forum", async ({ id }: { id?: string }, { container }) => {
  if (!id) {
    return new StepResponse(null)
  }
  const [forum] = await container
    .resolve<CommunityModuleService>(COMMUNITY_MODULE)
    .listForums({ id }, { select: ["id", "archived_at"] })
  if (!forum) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Forum ${id} was not found`)
  }
  if (forum.archived_at) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "That forum is archived: restore it before moving threads into it")
  }
  return new StepResponse(forum.id)
})
