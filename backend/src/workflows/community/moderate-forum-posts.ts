import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { ForumEvents } from "../../modules/community/forum-events"
import { resolveForumReportsStep } from "./steps/resolve-forum-reports"
import { setForumPostStatusStep, type SetForumPostStatusInput } from "./steps/set-forum-post-status"

/**
 * A moderator's decision on forum posts: the status is set (a first post carries its thread), the
 * posts' open reports are resolved, the counts are redone and followers hear of posts shown for the
 * first time. Answers the posts found.
 */
export const moderateForumPostsWorkflow = createWorkflow("moderate-forum-posts", (input: SetForumPostStatusInput) => {
  const moderated = setForumPostStatusStep(input)
  resolveForumReportsStep(transform({ moderated }, ({ moderated }) => ({ post_ids: moderated.posts.map((post) => post.id) })))
  emitEventStep({ eventName: ForumEvents.POST_UPDATED, data: moderated.posts })
  emitEventStep({ eventName: ForumEvents.POST_APPROVED, data: moderated.shown }).config({ name: "emit-forum-post-approved" })
  return new WorkflowResponse(moderated)
})
