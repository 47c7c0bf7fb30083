import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { NEWS_MODULE } from "../../../modules/news"
import type NewsModuleService from "../../../modules/news/service"

export type CreateTopicStepInput = { name: string; handle: string; description?: string | null }

export const createTopicStep = createStep(
  "create-topic",
  async (input: CreateTopicStepInput, { container }) => {
    const topic = await container.resolve<NewsModuleService>(NEWS_MODULE).createTopics(input)
    return new StepResponse(topic, topic.id)
  },
  async (topicId, { container }) => {
    if (topicId) {
      await container.resolve<NewsModuleService>(NEWS_MODULE).deleteTopics(topicId)
    }
  }
)
