import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { findShownThreadStep } from "./steps/find-shown-thread"
import { followForumThreadStep } from "./steps/follow-forum-thread"
import { unfollowForumThreadStep } from "./steps/unfollow-forum-thread"

type Follower = { thread_handle: string; customer_id: string; email: string }

/** A customer follows a shown thread (again: nothing changes). Answers `following`. */
export const followForumThreadWorkflow = createWorkflow("follow-forum-thread", (input: Follower) => {
  const thread = findShownThreadStep({ handle: input.thread_handle })
  const following = followForumThreadStep({ thread_id: thread.id, customer_id: input.customer_id, email: input.email })
  return new WorkflowResponse({ following })
})

/** A customer stops following a shown thread (not following: nothing changes). Answers `following`. */
export const unfollowForumThreadWorkflow = createWorkflow("unfollow-forum-thread", (input: Omit<Follower, "email">) => {
  const thread = findShownThreadStep({ handle: input.thread_handle })
  const following = unfollowForumThreadStep({ thread_id: thread.id, customer_id: input.customer_id })
  return new WorkflowResponse({ following })
})
