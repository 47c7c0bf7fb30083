import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { ForumEvents } from "../../modules/community/forum-events"
import { refreshForumActivityStep } from "./steps/refresh-forum-activity"

/** Recounts threads and their forums; `forum.activity_updated` tells search and the storefront. */
export const refreshForumActivityWorkflow = createWorkflow(
  "refresh-forum-activity",
  (input: { thread_ids: string[]; forum_ids?: string[] }) => {
    const activity = refreshForumActivityStep(input)
    emitEventStep({ eventName: ForumEvents.ACTIVITY_UPDATED, data: activity })
    return new WorkflowResponse(activity)
  }
)
