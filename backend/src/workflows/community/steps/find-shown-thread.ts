import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { COMMUNITY_MODULE } from "../../../modules/community"
import type CommunityModuleService from "../../../modules/community/service"

/** A thread readers can see (its first post approved), by handle, with its forum; or a 404. A read. */
export const findShownThreadStep = createStep("find-shown-thread", async ({ handle }: { handle: string }, { container }) => {
  const [thread] = await container
    .resolve<CommunityModuleService>(COMMUNITY_MODULE)
    .listForumThreads(
      { handle, status: "approved" },
      { select: ["id", "handle", "locked", "forum.id", "forum.handle", "forum.archived_at"], relations: ["forum"], take: 1 }
    )
  if (!thread) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "This thread was not found")
  }
  return new StepResponse({
    id: thread.id,
    handle: thread.handle,
    locked: thread.locked,
    forum: { id: thread.forum.id, handle: thread.forum.handle, archived: Boolean(thread.forum.archived_at) },
  })
})
