import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { AttributionEvents } from "../../modules/attribution/events"
import { addToPerformanceStep } from "./steps/add-to-performance"
import { recordArticleReadStep } from "./steps/record-article-read"

/** A visitor read a (published) article: their read is refreshed, and the day's readers count them once. */
export const recordArticleReadWorkflow = createWorkflow(
  "record-article-read",
  (input: { visitor_id: string; article_id: string; now: string }) => {
    const { data: articles } = useQueryGraphStep({ entity: "article", fields: ["id", "topic.id"], filters: { id: input.article_id } })
    const topicId = transform({ articles }, ({ articles }) => (articles[0]?.topic?.id as string | undefined) ?? null)
    const read = recordArticleReadStep(transform({ input, topicId }, ({ input, topicId }) => ({ ...input, topic_id: topicId })))
    when({ read }, ({ read }) => read.first_today).then(() => {
      addToPerformanceStep(
        transform({ input, read, topicId }, ({ input, read, topicId }) => [
          { day: read.day, article_id: input.article_id, topic_id: topicId, readers: 1 },
        ])
      )
    })
    emitEventStep({ eventName: AttributionEvents.READ_RECORDED, data: { article_id: input.article_id, visitor_id: input.visitor_id } })
    return new WorkflowResponse(read)
  }
)
