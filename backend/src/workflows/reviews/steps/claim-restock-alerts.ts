import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { VariantStock } from "../../../lib/reviews/stock-alerts"
import { REVIEWS_MODULE } from "../../../modules/reviews"
import type ReviewsModuleService from "../../../modules/reviews/service"
import type { ClaimedStockAlert, StockAlertQueueState } from "../../../modules/reviews/service"

export type RestockClaim = { variant: VariantStock; alerts: ClaimedStockAlert[] }
type Undo = { alert_ids: string[]; previous: StockAlertQueueState }[]

/**
 * Per variant, what its stock now means for its queue (see claimRestockAlerts): the alerts this
 * restock mails, oldest first, already marked sent so no other event mails them again. Undone, they
 * wait again and the queue is as it was.
 */
export const claimRestockAlertsStep = createStep(
  "claim-restock-alerts",
  async (variants: VariantStock[], { container }) => {
    const reviews: ReviewsModuleService = container.resolve(REVIEWS_MODULE)
    const claims: RestockClaim[] = []
    const undo: Undo = []
    // Only counted stock restocks; a variant whose stock stopped being counted has no units to share out.
    for (const variant of variants.filter((v) => v.tracked)) {
      const { claimed, previous } = await reviews.claimRestockAlerts(variant.variant_id, variant.available)
      undo.push({ alert_ids: claimed.map((alert) => alert.id), previous })
      if (claimed.length) {
        claims.push({ variant, alerts: claimed })
      }
    }
    return new StepResponse(claims, undo)
  },
  async (undo, { container }) => {
    const reviews: ReviewsModuleService = container.resolve(REVIEWS_MODULE)
    for (const { alert_ids, previous } of undo ?? []) {
      await reviews.releaseRestockAlerts(alert_ids, previous)
    }
  }
)
