import { model } from "@medusajs/framework/utils"
import { COMMENT_STATUSES } from "@supplement-store/contract"

export type { CommentStatus } from "@supplement-store/contract"

export const Comment = model
  .define("comment", {
    id: model.id({ prefix: "cmt" }).primaryKey(),
    article_id: model.text(),
    /** The comment this one replies to, on the same article. */
    parent_id: model.text().nullable(),
    author_name: model.text(),
    /** Never shown to readers. */
    email: model.text(),
    customer_id: model.text().nullable(),
    /** Plain text; the storefront renders it as text. */
    body: model.text(),
    status: model.enum([...COMMENT_STATUSES]).default("pending"),
    /** Why the spam rules flagged it, for moderators. */
    spam_reason: model.text().nullable(),
    /** Salted hash of the client address, for rate limits and duplicate checks; never the address. */
    client_hash: model.text(),
    notify_on_reply: model.boolean().default(false),
  })
  .indexes([
    { on: ["article_id", "status", "created_at"] },
    { on: ["parent_id"] },
    { on: ["status", "created_at"] },
    { on: ["customer_id", "status"] },
  ])
