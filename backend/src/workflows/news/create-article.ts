import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createArticleStep } from "./steps/create-article"
import { setFeaturedProductsStep } from "./steps/set-featured-products"
import { validateArticleReferencesStep } from "./steps/validate-article-references"
import type { ArticleData } from "./types"

export type CreateArticleInput = ArticleData & { featured_product_ids?: string[] }

export const createArticleWorkflow = createWorkflow("create-article", (input: CreateArticleInput) => {
  validateArticleReferencesStep(
    transform({ input }, ({ input }) => ({
      topic_id: input.topic_id,
      author_id: input.author_id,
      product_ids: input.featured_product_ids ?? [],
    }))
  )
  const article = createArticleStep(transform({ input }, ({ input: { featured_product_ids, ...data } }) => data))
  setFeaturedProductsStep(
    transform({ article, input }, ({ article, input }) => ({
      article_id: article.id,
      product_ids: input.featured_product_ids ?? [],
    }))
  )
  when({ article }, ({ article }) => article.status === "published").then(() => {
    emitEventStep({ eventName: "article.published", data: { id: article.id } })
  })
  return new WorkflowResponse(article)
})
