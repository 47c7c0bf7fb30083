import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ATTRIBUTION_MODULE } from "../../../modules/attribution"
import type AttributionModuleService from "../../../modules/attribution/service"

/** `now`: an ISO timestamp (workflow input is serialised). */
type Input = { visitor_id: string; article_id: string; topic_id: string | null; now: string }

/**
 * Refreshes the visitor's read of the article; answers the UTC day and whether this is their first read
 * of it that day (a reader counted once per day). Undone: the read as it was, or none.
 */
export const recordArticleReadStep = createStep(
  "record-article-read",
  async ({ now, ...read }: Input, { container }) => {
    const service = container.resolve<AttributionModuleService>(ATTRIBUTION_MODULE)
    const { id, previous_read_at } = await service.recordRead({ ...read, read_at: new Date(now) })
    const day = now.slice(0, 10)
    const firstToday = !previous_read_at || previous_read_at.toISOString().slice(0, 10) !== day
    return new StepResponse({ day, first_today: firstToday }, { id, previous_read_at })
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const service = container.resolve<AttributionModuleService>(ATTRIBUTION_MODULE)
    if (undo.previous_read_at) {
      await service.updateArticleReads({ id: undo.id, read_at: new Date(undo.previous_read_at) })
    } else {
      await service.deleteArticleReads(undo.id)
    }
  }
)
