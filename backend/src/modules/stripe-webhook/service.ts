import { MedusaService } from "@medusajs/framework/utils"
import Stripe from "stripe"
import { StripeWebhookEvent } from "./models/stripe-webhook-event"

export type StripeWebhookOptions = {
  /** The signing secret of the webhook endpoint (whsec_...); without it the webhook is turned away. */
  webhookSecret?: string
}

export type StripeEventSummary = { id: string; type: string; objectId: string | null; created: Date }

export type RecordOutcome = "recorded" | "duplicate" | "stale"

class StripeWebhookModuleService extends MedusaService({ StripeWebhookEvent }) {
  private readonly webhookSecret_: string | undefined

  constructor(container: Record<string, unknown>, options: StripeWebhookOptions = {}) {
    super(...arguments)
    this.webhookSecret_ = options.webhookSecret
  }

  isEnabled(): boolean {
    return Boolean(this.webhookSecret_)
  }

  /**
   * The event Stripe signed, or an error saying why the payload is refused (no or bad signature,
   * a body changed after signing, a timestamp outside Stripe's five-minute tolerance).
   */
  verifyEvent(rawBody: Buffer | undefined, signature: string | string[] | undefined): Stripe.Event {
    if (!this.webhookSecret_) {
      throw new Error("Stripe webhooks are not enabled (STRIPE_WEBHOOK_SECRET is not set)")
    }
    if (!rawBody?.length) {
      throw new Error("the request has no JSON body")
    }
    if (typeof signature !== "string" || !signature) {
      throw new Error("the Stripe-Signature header is missing")
    }
    return Stripe.webhooks.constructEvent(rawBody, signature, this.webhookSecret_)
  }

  /**
   * Records an event once. "duplicate": Stripe sent this event before (a retry or a replay).
   * "stale": a newer event about the same object was already accepted, so this one arrived out of
   * order and describes a state the object has left.
   */
  async recordEvent(event: StripeEventSummary): Promise<RecordOutcome> {
    const [seen] = await this.listStripeWebhookEvents({ id: event.id }, { select: ["id"] })
    if (seen) {
      return "duplicate"
    }
    if (event.objectId) {
      const newer = await this.listStripeWebhookEvents(
        { object_id: event.objectId, stripe_created_at: { $gt: event.created } },
        { select: ["id"], take: 1 }
      )
      if (newer.length) {
        return "stale"
      }
    }
    try {
      await this.createStripeWebhookEvents({
        id: event.id,
        type: event.type,
        object_id: event.objectId,
        stripe_created_at: event.created,
      })
    } catch {
      // Two deliveries of the same event at once: the primary key lets only one of them in.
      const [raced] = await this.listStripeWebhookEvents({ id: event.id }, { select: ["id"] })
      if (raced) {
        return "duplicate"
      }
      throw new Error(`could not record Stripe event ${event.id}`)
    }
    return "recorded"
  }

  /** Forgets an event whose processing could not be queued, so Stripe's retry is processed. */
  async forgetEvent(id: string): Promise<void> {
    await this.deleteStripeWebhookEvents(id)
  }
}

export default StripeWebhookModuleService
