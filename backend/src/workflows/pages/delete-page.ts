import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { deletePageStep } from "./steps/delete-page"
import { PageEvents } from "./types"

export const deletePageWorkflow = createWorkflow("delete-page", (id: string) => {
  const handle = deletePageStep(id)
  emitEventStep({ eventName: PageEvents.DELETED, data: transform({ id, handle }, ({ id, handle }) => ({ id, handles: [handle] })) })
  return new WorkflowResponse(handle)
})
