import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { FORUM_POSTS_PER_PAGE } from "@supplement-store/contract"
import { ForumEvents } from "../../modules/community/forum-events"
import type { NewForumPost } from "./forum-types"
import { approveForumPostStep } from "./steps/approve-forum-post"
import { checkForumPostStep } from "./steps/check-forum-post"
import { createForumPostStep } from "./steps/create-forum-post"
import { findShownThreadStep } from "./steps/find-shown-thread"
import { followForumThreadStep } from "./steps/follow-forum-thread"

/** A customer replies in a thread: check, create, show it when trusted (with its number), follow when asked, tell. */
export const createForumPostWorkflow = createWorkflow("create-forum-post", (input: NewForumPost) => {
  const thread = findShownThreadStep({ handle: input.thread_handle })
  const verdict = checkForumPostStep(
    transform({ input, thread }, ({ input, thread }) => ({
      ...input,
      thread_id: thread.id,
      archived: thread.forum.archived,
      locked: thread.locked,
    }))
  )
  const post = createForumPostStep(
    transform({ input, thread, verdict }, ({ input, thread, verdict }) => ({
      thread_id: thread.id,
      is_first: false,
      customer_id: input.customer_id,
      author_name: input.author_name,
      email: input.email,
      body: input.body,
      quote_post_id: input.quote_post_id ?? null,
      client_hash: input.client_hash,
      ...verdict,
    }))
  )
  const shown = when({ verdict }, ({ verdict }) => verdict.status === "approved").then(() => {
    const shown = approveForumPostStep({ id: post.id })
    emitEventStep({ eventName: ForumEvents.POST_APPROVED, data: { id: post.id, thread_id: thread.id, number: shown.number } }).config({
      name: "emit-forum-post-approved",
    })
    return shown
  })
  // After the approval, so the follow starts past the customer's own reply.
  when({ input }, ({ input }) => Boolean(input.follow)).then(() => {
    followForumThreadStep({ thread_id: thread.id, customer_id: input.customer_id, email: input.email })
  })
  emitEventStep({ eventName: ForumEvents.POST_CREATED, data: { id: post.id, thread_id: thread.id } })
  return new WorkflowResponse(
    transform({ post, shown, verdict }, ({ post, shown, verdict }) => {
      const number = shown?.number ?? null
      return {
        post: {
          id: post.id,
          status: verdict.status,
          number,
          page: number === null ? null : Math.ceil(number / FORUM_POSTS_PER_PAGE),
          body: post.body,
          created_at: post.created_at as unknown as string,
        },
      }
    })
  )
})
