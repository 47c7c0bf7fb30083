import { model } from "@medusajs/framework/utils"
import { ForumThread } from "./forum-thread"

/**
 * A reader following a thread: a digest of new replies at most once per `FORUM_DIGEST_INTERVAL_MINUTES`.
 * `notified_number` is the last post number a digest covered; Deleting the follow voids its unfollow links.
 */
export const ForumFollow = model
  .define("forum_follow", {
    id: model.id({ prefix: "ffol" }).primaryKey(),
    customer_id: model.text(),
    email: model.text(),
    notified_number: model.number().default(0),
    notified_at: model.dateTime().nullable(),
    thread: model.belongsTo(() => ForumThread, { mappedBy: "follows" }),
  })
  .indexes([{ on: ["thread_id", "customer_id"], unique: true, where: "deleted_at IS NULL" }, { on: ["customer_id"] }])
