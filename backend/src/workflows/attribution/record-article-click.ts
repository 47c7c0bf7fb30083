import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { AttributionEvents } from "../../modules/attribution/events"
import { addToPerformanceStep } from "./steps/add-to-performance"
import { checkFeaturedProductStep } from "./steps/check-featured-product"
import { createArticleClickStep } from "./steps/create-article-click"

/** A visitor clicked a product the article features: the click is kept for their cart and counted. */
export const recordArticleClickWorkflow = createWorkflow(
  "record-article-click",
  (input: { visitor_id: string; article_id: string; product_id: string; now: string }) => {
    const { data: articles } = useQueryGraphStep({
      entity: "article",
      fields: ["id", "topic.id", "products.id"],
      filters: { id: input.article_id },
      options: { throwIfKeyNotFound: true },
    })
    const { topic_id } = checkFeaturedProductStep(
      transform({ articles, input }, ({ articles, input }) => ({ article: articles[0], product_id: input.product_id }))
    )
    const click = createArticleClickStep(
      transform({ input }, ({ input: { now, ...click } }) => ({ ...click, clicked_at: new Date(now) }))
    )
    addToPerformanceStep(
      transform({ input, topic_id }, ({ input, topic_id }) => [
        { day: input.now.slice(0, 10), article_id: input.article_id, topic_id, clicks: 1 },
      ])
    )
    emitEventStep({ eventName: AttributionEvents.CLICK_RECORDED, data: { article_id: input.article_id, product_id: input.product_id } })
    return new WorkflowResponse(click)
  }
)
