import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { deleteArticleStep } from "./steps/delete-article"

export type DeleteArticleInput = { id: string }

/** Deletes an article (softly, so a failed run puts it back); `article.deleted` takes it out of search and pages. */
export const deleteArticleWorkflow = createWorkflow("delete-article", (input: DeleteArticleInput) => {
  const id = deleteArticleStep(input.id)
  emitEventStep({ eventName: "article.deleted", data: { id } })
  return new WorkflowResponse(id)
})
