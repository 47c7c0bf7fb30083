import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAGES_MODULE } from "../../../modules/pages"
import type PagesModuleService from "../../../modules/pages/service"
import type { PageData } from "../types"

export type UpdatePageStepInput = { id: string; data: Partial<PageData> }

/** Updates a page; answers its handle before and after (both addresses go stale); on rollback puts the old fields back. */
export const updatePageStep = createStep(
  "update-page",
  async ({ id, data }: UpdatePageStepInput, { container }) => {
    const pages = container.resolve<PagesModuleService>(PAGES_MODULE)
    const before = await pages.retrievePage(id)
    const page = await pages.updatePages({ id, ...data })
    const previous = Object.fromEntries(Object.keys(data).map((key) => [key, before[key as keyof PageData]]))
    return new StepResponse({ page, handles: [...new Set([before.handle, page.handle])] }, { id, previous })
  },
  async (undo, { container }) => {
    if (undo) {
      await container.resolve<PagesModuleService>(PAGES_MODULE).updatePages({ id: undo.id, ...undo.previous })
    }
  }
)
