import { randomBytes } from "node:crypto"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { slugify } from "@supplement-store/contract"
import { COMMUNITY_MODULE } from "../../../modules/community"
import type CommunityModuleService from "../../../modules/community/service"
import type { ForumPostVerdict } from "../forum-types"

export type CreateForumThreadStepInput = {
  forum_id: string
  title: string
  customer_id: string
  author_name: string
  verdict: ForumPostVerdict
}

/** "Magnesium & sleep?" → "magnesium-sleep-k3f9x2": readable, and unique without asking the database. */
function threadHandle(title: string): string {
  const suffix = randomBytes(4).readUInt32BE().toString(36).padStart(6, "0").slice(-6)
  return `${slugify(title, 60) || "thread"}-${suffix}`
}

/**
 * Starts a thread, with the status its first post will have (`approved` only once that post is
 * approved, which sets it). On rollback the thread goes.
 */
export const createForumThreadStep = createStep(
  "create-forum-thread",
  async ({ verdict, ...input }: CreateForumThreadStepInput, { container }) => {
    const thread = await container.resolve<CommunityModuleService>(COMMUNITY_MODULE).createForumThreads({
      ...input,
      handle: threadHandle(input.title),
      status: verdict.status === "approved" ? "pending" : verdict.status,
    })
    return new StepResponse(thread, thread.id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<CommunityModuleService>(COMMUNITY_MODULE).deleteForumThreads(id)
    }
  }
)
