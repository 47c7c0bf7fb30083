import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { FieldError } from "../../../lib/field-error"
import { COMMUNITY_MODULE } from "../../../modules/community"
import type CommunityModuleService from "../../../modules/community/service"
import { blockedTerm, countLinks, normalizeForDuplicates } from "../../../modules/community/spam"
import type { ForumAuthor, ForumPostVerdict } from "../forum-types"

const DUPLICATE_WINDOW_MS = 24 * 3_600_000

export type ForumPostCheck = ForumAuthor & {
  body: string
  /** A new thread's title. */
  title?: string
  /** A reply's thread, and the post it quotes. */
  thread_id?: string
  quote_post_id?: string | null
  /** Where it goes: an archived forum or a locked thread takes nothing new. */
  archived: boolean
  locked?: boolean
}

/**
 * Applies the community rules to a new forum post and decides its status: 403 for a banned customer;
 * 409 for an archived forum or a locked thread; refused (naming the field) for a quote that is not a
 * shown post of the thread, too many links or a text already posted today; `spam` for bot signals or
 * blocklisted words; `approved` for a customer a moderator already trusted; `pending` otherwise.
 */
export const checkForumPostStep = createStep("check-forum-post", async (input: ForumPostCheck, { container }) => {
  const community = container.resolve<CommunityModuleService>(COMMUNITY_MODULE)

  if (await community.isBannedFromForums(input.customer_id)) {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, "You can no longer post in the forums.")
  }
  // A 409 keeps its message only with fields (Medusa's handler replaces a plain conflict's).
  if (input.archived) {
    throw new FieldError({ forum: "This forum is archived" }, "conflict", "This forum is archived: it takes no new posts")
  }
  if (input.locked) {
    throw new FieldError({ thread: "This thread is locked" }, "conflict", "This thread is locked")
  }

  if (input.quote_post_id) {
    const [quoted] = await community.listForumPosts(
      { id: input.quote_post_id, thread_id: input.thread_id, status: "approved" },
      { select: ["id"], take: 1 }
    )
    if (!quoted) {
      throw new FieldError({ quote_post_id: "The post you quote was not found in this thread" })
    }
  }

  const { maxLinks, blocklist } = community.rules
  if (input.title !== undefined && countLinks(input.title) > 0) {
    throw new FieldError({ title: "A title may not contain links" })
  }
  if (countLinks(input.body) > maxLinks) {
    throw new FieldError({ body: `A post may contain at most ${maxLinks} links` })
  }

  const recent = await community.listForumPosts(
    {
      created_at: { $gte: new Date(Date.now() - DUPLICATE_WINDOW_MS) },
      $or: [{ client_hash: input.client_hash }, { customer_id: input.customer_id }],
    },
    { select: ["body"], take: 200, order: { created_at: "DESC" } }
  )
  const text = normalizeForDuplicates(input.body)
  if (recent.some((post) => normalizeForDuplicates(post.body) === text)) {
    throw new FieldError({ body: "You already posted this text" }, "duplicate_error")
  }

  const blocked = blockedTerm(`${input.title ?? ""} ${input.body}`, blocklist)
  const spam_reason = input.bot_signal ?? (blocked ? `blocklisted term "${blocked}"` : null)
  if (spam_reason) {
    return new StepResponse<ForumPostVerdict>({ status: "spam", spam_reason })
  }
  // Trust goes with the name a moderator approved (as for comments), in the forums or under articles.
  const [[earlierPost], [earlierComment]] = await Promise.all([
    community.listForumPosts({ customer_id: input.customer_id, author_name: input.author_name, status: "approved" }, { select: ["id"], take: 1 }),
    community.listComments({ customer_id: input.customer_id, author_name: input.account_name, status: "approved" }, { select: ["id"], take: 1 }),
  ])
  return new StepResponse<ForumPostVerdict>({ status: earlierPost || earlierComment ? "approved" : "pending", spam_reason: null })
})
