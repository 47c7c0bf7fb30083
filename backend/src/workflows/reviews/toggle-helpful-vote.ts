import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { addHelpfulVoteStep } from "./steps/add-helpful-vote"
import { removeHelpfulVoteStep } from "./steps/remove-helpful-vote"
import type { HelpfulVoter } from "./types"

/** Marks a review helpful, or takes the mark back when the reader already gave it; answers whether they now have one. */
export const toggleHelpfulVoteWorkflow = createWorkflow("toggle-helpful-vote", (input: HelpfulVoter) => {
  const removed = removeHelpfulVoteStep(input)
  when({ removed }, ({ removed }) => !removed).then(() => {
    addHelpfulVoteStep(input)
  })
  return new WorkflowResponse(transform({ removed }, ({ removed }) => !removed))
})
