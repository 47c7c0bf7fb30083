import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { removeForumFollowStep } from "./steps/remove-forum-follow"

/** The unfollow link of a digest, once its token was read: the follow ends; a second click changes nothing. */
export const unfollowForumThreadWorkflow = createWorkflow("unfollow-forum-thread-by-link", (input: { follow_id: string }) => {
  return new WorkflowResponse(removeForumFollowStep(input))
})
