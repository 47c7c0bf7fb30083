import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createContactMessageStep } from "./steps/create-contact-message"
import { ContactEvents, type NewContactMessage } from "./types"

export const createContactMessageWorkflow = createWorkflow("create-contact-message", (input: NewContactMessage) => {
  const message = createContactMessageStep(input)
  emitEventStep({ eventName: ContactEvents.CREATED, data: transform({ message }, ({ message }) => ({ id: message.id })) })
  return new WorkflowResponse(message)
})
