import { model } from "@medusajs/framework/utils"
import { REVIEW_STATUSES } from "@supplement-store/contract"

export type { ReviewStatus } from "@supplement-store/contract"

/** A customer's review of a product: one per customer and product; an edit sends it back to moderation. */
export const Review = model
  .define("review", {
    id: model.id({ prefix: "rev" }).primaryKey(),
    product_id: model.text(),
    customer_id: model.text(),
    /** The order that makes the reviewer a verified buyer, when there is one. */
    order_id: model.text().nullable(),
    verified_buyer: model.boolean().default(false),
    /** The name shown, as the account gives it ("Maria K."); the email is never shown. */
    author_name: model.text(),
    email: model.text(),
    rating: model.number(),
    title: model.text(),
    /** Plain text; the storefront renders it as text. */
    body: model.text(),
    status: model.enum([...REVIEW_STATUSES]).default("pending"),
    /** Why the spam rules flagged it, for moderators. */
    spam_reason: model.text().nullable(),
    /** Salted hash of the client address, for rate limits and duplicate checks; never the address. */
    client_hash: model.text(),
    /** Kept by helpful votes, so sorting by it reads no votes. */
    helpful_count: model.number().default(0),
    reply: model.text().nullable(),
    replied_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["product_id", "customer_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["product_id", "status", "created_at"] },
    { on: ["status", "created_at"] },
    { on: ["customer_id", "status"] },
  ])
