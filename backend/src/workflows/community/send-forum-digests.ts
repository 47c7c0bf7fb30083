import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { buildForumDigestsStep } from "./steps/build-forum-digests"
import { claimForumDigestsStep } from "./steps/claim-forum-digests"
import { mailForumDigestsStep } from "./steps/mail-forum-digests"

/**
 * Tells followers of threads (of some threads, or of all) about new replies: the follows whose digest
 * is due are claimed, each gets one mail of the posts it has not seen; answers the mails sent.
 */
export const sendForumDigestsWorkflow = createWorkflow("send-forum-digests", (input: { thread_ids?: string[] }) => {
  const claims = claimForumDigestsStep(input)
  const digests = buildForumDigestsStep(claims)
  return new WorkflowResponse(mailForumDigestsStep(digests))
})
