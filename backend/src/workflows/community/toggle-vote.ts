import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { addVoteStep } from "./steps/add-vote"
import { removeVoteStep } from "./steps/remove-vote"
import type { Voter } from "./types"

/** Votes for an article, or takes the vote back when the voter already voted; answers whether they now have a vote. */
export const toggleVoteWorkflow = createWorkflow("toggle-vote", (input: Voter) => {
  const removed = removeVoteStep(input)
  when({ removed }, ({ removed }) => !removed).then(() => {
    addVoteStep(input)
  })
  return new WorkflowResponse(transform({ removed }, ({ removed }) => !removed))
})
