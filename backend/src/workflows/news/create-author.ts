import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createAuthorStep, type CreateAuthorStepInput } from "./steps/create-author"

export const createAuthorWorkflow = createWorkflow("create-author", (input: CreateAuthorStepInput) => {
  const author = createAuthorStep(input)
  return new WorkflowResponse(author)
})
