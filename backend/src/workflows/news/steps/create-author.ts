import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { NEWS_MODULE } from "../../../modules/news"
import type NewsModuleService from "../../../modules/news/service"

export type CreateAuthorStepInput = { name: string; handle: string; bio?: string | null; avatar_url?: string | null }

export const createAuthorStep = createStep(
  "create-author",
  async (input: CreateAuthorStepInput, { container }) => {
    const author = await container.resolve<NewsModuleService>(NEWS_MODULE).createAuthors(input)
    return new StepResponse(author, author.id)
  },
  async (authorId, { container }) => {
    if (authorId) {
      await container.resolve<NewsModuleService>(NEWS_MODULE).deleteAuthors(authorId)
    }
  }
)
