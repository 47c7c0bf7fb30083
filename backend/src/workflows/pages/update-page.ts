import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { updatePageStep, type UpdatePageStepInput } from "./steps/update-page"
import { PageEvents } from "./types"

export const updatePageWorkflow = createWorkflow("update-page", (input: UpdatePageStepInput) => {
  const { page, handles } = updatePageStep(input)
  emitEventStep({ eventName: PageEvents.UPDATED, data: transform({ page, handles }, ({ page, handles }) => ({ id: page.id, handles })) })
  return new WorkflowResponse(page)
})
