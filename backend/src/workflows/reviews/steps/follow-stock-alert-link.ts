import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REVIEWS_MODULE } from "../../../modules/reviews"
import type ReviewsModuleService from "../../../modules/reviews/service"
import type { StockAlertLinkPurpose } from "../../../modules/reviews/service"

export type FollowStockAlertLinkInput = { alert_id: string; purpose: StockAlertLinkPurpose }

/**
 * What a mailed link does, once: `confirm` lets a pending alert wait in line from now on; `cancel` ends
 * an alert that was not sent yet. Following a link again, or late, leaves the alert as it is.
 */
export const followStockAlertLinkStep = createStep(
  "follow-stock-alert-link",
  async ({ alert_id, purpose }: FollowStockAlertLinkInput, { container }) => {
    const reviews: ReviewsModuleService = container.resolve(REVIEWS_MODULE)
    const alert = await reviews.retrieveStockAlert(alert_id)
    const previous = { id: alert.id, status: alert.status, confirmed_at: alert.confirmed_at }
    if (purpose === "confirm" && alert.status === "pending") {
      return new StepResponse(await reviews.updateStockAlerts({ id: alert.id, status: "waiting", confirmed_at: new Date() }), previous)
    }
    if (purpose === "cancel" && (alert.status === "pending" || alert.status === "waiting")) {
      return new StepResponse(await reviews.updateStockAlerts({ id: alert.id, status: "cancelled" }), previous)
    }
    return new StepResponse(alert)
  },
  async (previous, { container }) => {
    if (previous) {
      await container.resolve<ReviewsModuleService>(REVIEWS_MODULE).updateStockAlerts(previous)
    }
  }
)
