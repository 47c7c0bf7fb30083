import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COMMUNITY_MODULE } from "../../../modules/community"
import type CommunityModuleService from "../../../modules/community/service"

export type UpdateForumInput = {
  id: string
  name?: string
  handle?: string
  description?: string
  topic_handle?: string | null
  /** Archives (true) or restores (false) the forum. */
  archived?: boolean
}

/** Renames, describes, archives or restores a forum; a taken handle is a 409. On rollback it gets its old values back. */
export const updateForumStep = createStep(
  "update-forum",
  async ({ id, archived, ...changes }: UpdateForumInput, { container }) => {
    const community = container.resolve<CommunityModuleService>(COMMUNITY_MODULE)
    const [before] = await community.listForums(
      { id },
      { select: ["id", "name", "handle", "description", "topic_handle", "archived_at"] }
    )
    if (!before) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Forum ${id} was not found`)
    }
    if (changes.handle && changes.handle !== before.handle) {
      const [taken] = await community.listForums({ handle: changes.handle }, { select: ["id"], withDeleted: true })
      if (taken) {
        throw new MedusaError(MedusaError.Types.CONFLICT, `A forum with the handle "${changes.handle}" already exists`)
      }
    }
    // Archiving again keeps the first date.
    const archiving = archived === undefined ? {} : { archived_at: archived ? before.archived_at ?? new Date() : null }
    const forum = await community.updateForums({ id, ...changes, ...archiving })
    const { name, handle, description, topic_handle, archived_at } = before
    return new StepResponse(forum, { id, name, handle, description, topic_handle, archived_at })
  },
  async (before, { container }) => {
    if (before) {
      await container.resolve<CommunityModuleService>(COMMUNITY_MODULE).updateForums(before)
    }
  }
)
