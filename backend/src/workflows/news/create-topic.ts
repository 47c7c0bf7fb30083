import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createTopicStep, type CreateTopicStepInput } from "./steps/create-topic"

export const createTopicWorkflow = createWorkflow("create-topic", (input: CreateTopicStepInput) => {
  const topic = createTopicStep(input)
  return new WorkflowResponse(topic)
})
