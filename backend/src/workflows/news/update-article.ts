import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { setFeaturedProductsStep } from "./steps/set-featured-products"
import { updateArticleStep } from "./steps/update-article"
import { validateArticleReferencesStep } from "./steps/validate-article-references"
import type { ArticleData } from "./types"

export type UpdateArticleInput = { id: string; data: Partial<ArticleData>; featured_product_ids?: string[] }

/**
 * Edits an article (content, status, schedule, featured products) and tells the rest of the store:
 * `article.updated` always, plus `article.published` or `article.unpublished` when visibility changed.
 */
export const updateArticleWorkflow = createWorkflow("update-article", (input: UpdateArticleInput) => {
  validateArticleReferencesStep(
    transform({ input }, ({ input }) => ({
      topic_id: input.data.topic_id,
      author_id: input.data.author_id,
      product_ids: input.featured_product_ids ?? [],
    }))
  )
  const { article, previousStatus } = updateArticleStep({ id: input.id, data: input.data })
  when({ input }, ({ input }) => input.featured_product_ids !== undefined).then(() => {
    setFeaturedProductsStep({ article_id: input.id, product_ids: input.featured_product_ids! })
  })

  emitEventStep({ eventName: "article.updated", data: { id: input.id } })
  when({ article, previousStatus }, ({ article, previousStatus }) => {
    return article.status === "published" && previousStatus !== "published"
  }).then(() => {
    emitEventStep({ eventName: "article.published", data: { id: input.id } }).config({ name: "emit-article-published" })
  })
  when({ article, previousStatus }, ({ article, previousStatus }) => {
    return article.status !== "published" && previousStatus === "published"
  }).then(() => {
    emitEventStep({ eventName: "article.unpublished", data: { id: input.id } }).config({ name: "emit-article-unpublished" })
  })
  return new WorkflowResponse(article)
})
