import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { publishDueArticlesStep } from "./steps/publish-due-articles"

/** Publishes every scheduled article whose time has come (run by the publish-scheduled-articles job). */
export const publishScheduledArticlesWorkflow = createWorkflow("publish-scheduled-articles", (input: { now: Date }) => {
  const ids = publishDueArticlesStep(input)
  emitEventStep({
    eventName: "article.published",
    data: transform({ ids }, ({ ids }) => ids.map((id) => ({ id }))),
  })
  return new WorkflowResponse(ids)
})
