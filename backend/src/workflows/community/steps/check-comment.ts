import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FieldError } from "../../../lib/field-error"
import { COMMUNITY_MODULE } from "../../../modules/community"
import type { CommentStatus } from "../../../modules/community/models/comment"
import type CommunityModuleService from "../../../modules/community/service"
import { blockedTerm, countLinks, normalizeForDuplicates } from "../../../modules/community/spam"
import type { NewComment } from "../types"

const DUPLICATE_WINDOW_MS = 24 * 3_600_000

/**
 * Applies the community rules to a new comment and decides its status: refused (400/422, naming the field) for an
 * unknown parent, too many links or a repeated text; `spam` for bot signals or blocklisted words;
 * `approved` for a customer with an earlier approved comment under the same name; `pending` otherwise.
 */
export const checkCommentStep = createStep("check-comment", async (input: NewComment, { container }) => {
  const community: CommunityModuleService = container.resolve(COMMUNITY_MODULE)

  if (input.parent_id) {
    const [parent] = await community.listComments({ id: input.parent_id, status: "approved" }, { select: ["article_id"] })
    if (!parent) {
      throw new FieldError({ parent_id: "The comment you reply to was not found" })
    }
    if (parent.article_id !== input.article_id) {
      throw new FieldError({ parent_id: "You can only reply to a comment on the same article" })
    }
  }

  const { maxLinks, blocklist } = community.rules
  if (countLinks(input.body) > maxLinks) {
    throw new FieldError({ body: `A comment may contain at most ${maxLinks} links` })
  }

  const since = new Date(Date.now() - DUPLICATE_WINDOW_MS)
  const recent = await community.listComments(
    { created_at: { $gte: since }, $or: [{ client_hash: input.client_hash }, { email: input.email }] },
    { select: ["body"], take: 200 }
  )
  const text = normalizeForDuplicates(input.body)
  if (recent.some((comment) => normalizeForDuplicates(comment.body) === text)) {
    throw new FieldError({ body: "You already posted this comment" }, "duplicate_error")
  }

  const blocked = blockedTerm(`${input.author_name} ${input.body}`, blocklist)
  let status: CommentStatus = "pending"
  const spam_reason: string | null = input.bot_signal ?? (blocked ? `blocklisted term "${blocked}"` : null)
  if (spam_reason) {
    status = "spam"
  } else if (input.customer_id) {
    // Trust goes with the name a moderator approved, so a customer cannot take on another one.
    const [earlier] = await community.listComments(
      { customer_id: input.customer_id, author_name: input.author_name, status: "approved" },
      { select: ["id"], take: 1 }
    )
    status = earlier ? "approved" : "pending"
  }
  return new StepResponse({ status, spam_reason })
})
