import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { ForumEvents } from "../../modules/community/forum-events"
import { checkForumReportStep } from "./steps/check-forum-report"
import { countForumReportsStep } from "./steps/count-forum-reports"
import { createForumReportStep, type NewForumReport } from "./steps/create-forum-report"

/**
 * A reader reports a post: file the report, recount, and hide the post (telling of it) when enough
 * customers reported it. A customer's second report of the same post changes nothing.
 */
export const reportForumPostWorkflow = createWorkflow("report-forum-post", (input: NewForumReport) => {
  const check = checkForumReportStep({ post_id: input.post_id, customer_id: input.customer_id })
  const counted = when({ check }, ({ check }) => !check.already_reported).then(() => {
    createForumReportStep(input)
    return countForumReportsStep({ post_id: input.post_id })
  })
  when({ counted }, ({ counted }) => Boolean(counted?.newly_hidden)).then(() => {
    emitEventStep({ eventName: ForumEvents.POST_UPDATED, data: { id: input.post_id, thread_id: check.thread_id } })
  })
  return new WorkflowResponse(
    transform({ check, counted }, ({ check, counted }) => ({ reported: true as const, hidden: counted?.hidden ?? check.hidden }))
  )
})
