import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setTopicsStep, type SetTopicsStepInput } from "./steps/set-topics"

/** Confirmation, preference changes and unsubscribes: the choices a reader makes through a signed link or their connected account. */
export const setNewsletterTopicsWorkflow = createWorkflow("set-newsletter-topics", (input: SetTopicsStepInput) => {
  return new WorkflowResponse(setTopicsStep(input))
})
