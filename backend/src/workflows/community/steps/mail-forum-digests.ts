import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { sendOnce } from "../../../lib/send-once"
import type { ForumDigest } from "./build-forum-digests"

/** Sends each digest once (its idempotency key settles retries). A sent mail cannot be undone. */
export const mailForumDigestsStep = createStep("mail-forum-digests", async (digests: ForumDigest[], { container }) => {
  for (const digest of digests) {
    await sendOnce(container, {
      to: digest.to,
      channel: "email",
      template: "forum-digest",
      trigger_type: "forum.digest",
      resource_type: "forum_follow",
      resource_id: digest.follow_id,
      idempotency_key: digest.idempotency_key,
      data: digest.data,
    })
  }
  return new StepResponse(digests.length)
})
