import { model } from "@medusajs/framework/utils"
import { FORUM_POST_STATUSES } from "@supplement-store/contract"
import { ForumReport } from "./forum-report"
import { ForumThread } from "./forum-thread"

/** A post in a thread: plain text, never HTML; the storefront links URLs and product mentions. */
export const ForumPost = model
  .define("forum_post", {
    id: model.id({ prefix: "fpost" }).primaryKey(),
    /** Its place in the thread, given the first time it shows (1 = the opening post); null while it waits. */
    number: model.number().nullable(),
    is_first: model.boolean().default(false),
    customer_id: model.text(),
    author_name: model.text(),
    /** Never shown to readers. */
    email: model.text(),
    body: model.text(),
    /** An approved post of the same thread that this one quotes. */
    quote_post_id: model.text().nullable(),
    status: model.enum([...FORUM_POST_STATUSES]).default("pending"),
    /** Why the spam rules flagged it, for moderators. */
    spam_reason: model.text().nullable(),
    /** Salted hash of the client address, for rate limits and duplicate checks; never the address. */
    client_hash: model.text(),
    /** Reports not yet decided by a moderator (kept by the report workflow). */
    open_report_count: model.number().default(0),
    /** Why staff deleted it (the post is soft-deleted). */
    delete_reason: model.text().nullable(),
    thread: model.belongsTo(() => ForumThread, { mappedBy: "posts" }),
    reports: model.hasMany(() => ForumReport, { mappedBy: "post" }),
  })
  .indexes([
    { on: ["thread_id", "number"], unique: true, where: "number IS NOT NULL AND deleted_at IS NULL" },
    { on: ["thread_id", "status", "number"] },
    { on: ["status", "created_at"] },
    { on: ["customer_id", "status"] },
  ])
