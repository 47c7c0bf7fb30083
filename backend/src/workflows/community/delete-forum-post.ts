import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { ForumEvents } from "../../modules/community/forum-events"
import { deleteForumThreadWorkflow } from "./delete-forum-thread"
import { findForumPostStep } from "./steps/find-forum-post"
import { softDeleteForumPostStep } from "./steps/soft-delete-forum-post"

/**
 * Staff delete a post with a reason. A thread's first post is its opening text, so deleting it
 * deletes the whole thread; a reply goes alone and its thread is recounted. Answers what went.
 */
export const deleteForumPostWorkflow = createWorkflow("delete-forum-post", (input: { id: string; reason: string }) => {
  const post = findForumPostStep({ id: input.id })

  when("delete-opening-post", { post }, ({ post }) => post.is_first).then(() => {
    deleteForumThreadWorkflow.runAsStep({
      input: transform({ post, input }, ({ post, input }) => ({ id: post.thread_id, reason: input.reason })),
    })
  })

  when("delete-reply", { post }, ({ post }) => !post.is_first).then(() => {
    softDeleteForumPostStep(input)
    emitEventStep({
      eventName: ForumEvents.POST_UPDATED,
      data: transform({ post }, ({ post }) => ({ id: post.id, thread_id: post.thread_id })),
    })
  })

  return new WorkflowResponse(
    transform({ post }, ({ post }) => ({ id: post.id, thread_id: post.thread_id, thread_deleted: post.is_first }))
  )
})
