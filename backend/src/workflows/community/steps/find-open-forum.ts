import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMUNITY_MODULE } from "../../../modules/community"
import type CommunityModuleService from "../../../modules/community/service"

/** The forum named by its handle (archived ones too: the rules decide what they take), or a 404. A read. */
export const findForumStep = createStep("find-forum", async ({ handle }: { handle: string }, { container }) => {
  const [forum] = await container
    .resolve<CommunityModuleService>(COMMUNITY_MODULE)
    .listForums({ handle }, { select: ["id", "handle", "archived_at"], take: 1 })
  if (!forum) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "This forum was not found")
  }
  return new StepResponse({ id: forum.id, handle: forum.handle, archived: Boolean(forum.archived_at) })
})

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
