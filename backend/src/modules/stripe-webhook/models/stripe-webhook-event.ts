import { model } from "@medusajs/framework/utils"

/** A Stripe event the webhook accepted, by Stripe's own event id: a second delivery is a no-op. */
export const StripeWebhookEvent = model
  .define("stripe_webhook_event", {
    id: model.text().primaryKey(),
    type: model.text(),
    /** The Stripe object the event is about (a payment intent id). */
    object_id: model.text().nullable(),
    /** When Stripe created the event (its `created`, in seconds): orders events of one object. */
    stripe_created_at: model.dateTime(),
  })
  .indexes([{ on: ["object_id", "stripe_created_at"] }])
