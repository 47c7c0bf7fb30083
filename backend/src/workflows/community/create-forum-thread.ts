import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { ForumEvents } from "../../modules/community/forum-events"
import type { NewForumThread } from "./forum-types"
import { approveForumPostStep } from "./steps/approve-forum-post"
import { checkForumPostStep } from "./steps/check-forum-post"
import { createForumPostStep } from "./steps/create-forum-post"
import { createForumThreadStep } from "./steps/create-forum-thread"
import { findForumStep } from "./steps/find-forum"
import { followForumThreadStep } from "./steps/follow-forum-thread"

/** A customer starts a thread: check, create the thread and its first post, show it when trusted, follow it, tell. */
export const createForumThreadWorkflow = createWorkflow("create-forum-thread", (input: NewForumThread) => {
  const forum = findForumStep({ handle: input.forum_handle })
  const verdict = checkForumPostStep(transform({ input, forum }, ({ input, forum }) => ({ ...input, archived: forum.archived })))
  const thread = createForumThreadStep(
    transform({ input, forum, verdict }, ({ input, forum, verdict }) => ({
      forum_id: forum.id,
      title: input.title,
      customer_id: input.customer_id,
      author_name: input.author_name,
      verdict,
    }))
  )
  const post = createForumPostStep(
    transform({ input, thread, verdict }, ({ input, thread, verdict }) => ({
      thread_id: thread.id,
      is_first: true,
      customer_id: input.customer_id,
      author_name: input.author_name,
      email: input.email,
      body: input.body,
      client_hash: input.client_hash,
      ...verdict,
    }))
  )
  when({ verdict }, ({ verdict }) => verdict.status === "approved").then(() => {
    const shown = approveForumPostStep({ id: post.id })
    emitEventStep({ eventName: ForumEvents.POST_APPROVED, data: { id: post.id, thread_id: thread.id, number: shown.number } }).config({
      name: "emit-forum-post-approved",
    })
  })
  when({ input }, ({ input }) => input.follow).then(() => {
    followForumThreadStep({ thread_id: thread.id, customer_id: input.customer_id, email: input.email })
  })
  emitEventStep({ eventName: ForumEvents.POST_CREATED, data: { id: post.id, thread_id: thread.id } })
  return new WorkflowResponse(
    transform({ thread, post, forum, verdict }, ({ thread, post, forum, verdict }) => ({
      thread: { id: thread.id, handle: thread.handle, title: thread.title, status: verdict.status, forum_handle: forum.handle },
      post: { id: post.id, status: verdict.status },
    }))
  )
})
