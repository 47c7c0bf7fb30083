import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ATTRIBUTION_MODULE } from "../../../modules/attribution"
import type AttributionModuleService from "../../../modules/attribution/service"

type Input = { visitor_id: string; article_id: string; product_id: string; clicked_at: Date }

export const createArticleClickStep = createStep(
  "create-article-click",
  async (input: Input, { container }) => {
    const click = await container.resolve<AttributionModuleService>(ATTRIBUTION_MODULE).createArticleClicks(input)
    return new StepResponse(click, click.id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<AttributionModuleService>(ATTRIBUTION_MODULE).deleteArticleClicks(id)
    }
  }
)
