import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createPageStep } from "./steps/create-page"
import { PageEvents, type PageData } from "./types"

export const createPageWorkflow = createWorkflow("create-page", (input: PageData) => {
  const page = createPageStep(input)
  emitEventStep({ eventName: PageEvents.CREATED, data: transform({ page }, ({ page }) => ({ id: page.id, handles: [page.handle] })) })
  return new WorkflowResponse(page)
})
