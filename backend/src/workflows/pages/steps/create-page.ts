import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAGES_MODULE } from "../../../modules/pages"
import type PagesModuleService from "../../../modules/pages/service"
import type { PageData } from "../types"

export const createPageStep = createStep(
  "create-page",
  async (input: PageData, { container }) => {
    const page = await container.resolve<PagesModuleService>(PAGES_MODULE).createPages(input)
    return new StepResponse(page, page.id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<PagesModuleService>(PAGES_MODULE).deletePages(id)
    }
  }
)
