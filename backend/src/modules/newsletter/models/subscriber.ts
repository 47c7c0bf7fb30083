import { model } from "@medusajs/framework/utils"
import { CONSENT_SOURCES, SUBSCRIBER_STATUSES } from "@supplement-store/contract"

export type { ConsentSource, SubscriberStatus } from "@supplement-store/contract"

export const Subscriber = model
  .define("subscriber", {
    id: model.id({ prefix: "nsub" }).primaryKey(),
    /** Stored lower-cased, one row per address. */
    email: model.text().unique(),
    status: model.enum([...SUBSCRIBER_STATUSES]).default("pending"),
    /** Newsletter topic handles (see topics.ts). */
    topics: model.array(),
    /** Topics asked for in the latest signup, applied once that signup is confirmed. */
    requested_topics: model.array(),
    /** Where the reader signed up, and when they confirmed: the record of their consent. */
    consent_source: model.enum([...CONSENT_SOURCES]),
    consent_at: model.dateTime().nullable(),
    confirmation_sent_at: model.dateTime().nullable(),
    unsubscribed_at: model.dateTime().nullable(),
    /** In every manage link; an unsubscribe or re-subscribe bumps it, so links mailed before stop working. */
    token_version: model.number().default(1),
    /**
     * The account whose request the mailbox's owner confirmed by a click: the only account that sees and
     * changes this subscription (Medusa does not verify the addresses accounts register with).
     */
    customer_id: model.text().nullable(),
  })
  .indexes([{ on: ["status"] }, { on: ["customer_id"] }])
