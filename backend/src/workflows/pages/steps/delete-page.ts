import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAGES_MODULE } from "../../../modules/pages"
import type PagesModuleService from "../../../modules/pages/service"

/** Soft-deletes a page (answering its handle); on rollback restores it. */
export const deletePageStep = createStep(
  "delete-page",
  async (id: string, { container }) => {
    const pages = container.resolve<PagesModuleService>(PAGES_MODULE)
    const { handle } = await pages.retrievePage(id)
    await pages.softDeletePages(id)
    return new StepResponse(handle, id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<PagesModuleService>(PAGES_MODULE).restorePages(id)
    }
  }
)
