import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { ForumEvents } from "../../modules/community/forum-events"
import { createForumBanStep, type CreateForumBanInput } from "./steps/create-forum-ban"
import { findCustomerStep } from "./steps/find-customer"
import { spamPendingForumPostsStep } from "./steps/spam-pending-forum-posts"

/** Staff ban a customer from posting: their posts still waiting go to spam ("banned"). */
export const banForumCustomerWorkflow = createWorkflow("ban-forum-customer", (input: CreateForumBanInput) => {
  findCustomerStep({ id: input.customer_id })
  const ban = createForumBanStep(input)
  const spammed = spamPendingForumPostsStep({ customer_id: input.customer_id })
  emitEventStep({ eventName: ForumEvents.POST_UPDATED, data: spammed })
  return new WorkflowResponse({ ban, spammed })
})
