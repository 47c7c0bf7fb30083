import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
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
