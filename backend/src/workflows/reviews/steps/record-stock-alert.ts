import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REVIEWS_MODULE } from "../../../modules/reviews"
import type ReviewsModuleService from "../../../modules/reviews/service"

/** A guest asking again for the same variant is mailed at most once in this window. */
const CONFIRMATION_INTERVAL_MS = 10 * 60 * 1000

export type RecordStockAlertInput = {
  variant_id: string
  product_id: string
  email: string
  customer_id: string | null
  client_hash: string
}

type Snapshot = { created?: string; previous?: { id: string; status: "pending" | "waiting"; customer_id: string | null; confirmed_at: Date | null; confirmation_sent_at: Date | null } }

/**
 * One open alert per address and variant. A customer's waits at once (their address is proven by the
 * account); a guest's stays pending until the mailed link is followed, and asking again only re-mails
 * that link, at most once per window. `mail` says whether a confirmation goes out.
 */
export const recordStockAlertStep = createStep(
  "record-stock-alert",
  async (input: RecordStockAlertInput, { container }) => {
    const reviews: ReviewsModuleService = container.resolve(REVIEWS_MODULE)
    const now = new Date()
    const open = () => reviews.listStockAlerts({ variant_id: input.variant_id, email: input.email, status: ["pending", "waiting"] })
    let [existing] = await open()
    if (!existing) {
      try {
        const alert = await reviews.createStockAlerts({
          ...input,
          status: input.customer_id ? "waiting" : "pending",
          confirmed_at: input.customer_id ? now : null,
          confirmation_sent_at: input.customer_id ? null : now,
        })
        return new StepResponse({ alert, mail: !input.customer_id }, { created: alert.id } as Snapshot)
      } catch (error) {
        // The same request twice at once: the unique (variant, email) index let the other one in.
        ;[existing] = await open()
        if (!existing) {
          throw error
        }
      }
    }
    const previous = {
      id: existing.id,
      status: existing.status as "pending" | "waiting",
      customer_id: existing.customer_id,
      confirmed_at: existing.confirmed_at,
      confirmation_sent_at: existing.confirmation_sent_at,
    }
    if (existing.status === "waiting") {
      return new StepResponse({ alert: existing, mail: false }, {} as Snapshot)
    }
    if (input.customer_id) {
      const alert = await reviews.updateStockAlerts({ id: existing.id, status: "waiting", customer_id: input.customer_id, confirmed_at: now })
      return new StepResponse({ alert, mail: false }, { previous } as Snapshot)
    }
    const lastSent = existing.confirmation_sent_at ? new Date(existing.confirmation_sent_at).getTime() : 0
    if (now.getTime() - lastSent < CONFIRMATION_INTERVAL_MS) {
      return new StepResponse({ alert: existing, mail: false }, {} as Snapshot)
    }
    const alert = await reviews.updateStockAlerts({ id: existing.id, confirmation_sent_at: now })
    return new StepResponse({ alert, mail: true }, { previous } as Snapshot)
  },
  async (snapshot, { container }) => {
    const reviews: ReviewsModuleService = container.resolve(REVIEWS_MODULE)
    if (snapshot?.created) {
      await reviews.deleteStockAlerts(snapshot.created)
    } else if (snapshot?.previous) {
      await reviews.updateStockAlerts(snapshot.previous)
    }
  }
)
