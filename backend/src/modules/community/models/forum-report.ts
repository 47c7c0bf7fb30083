import { model } from "@medusajs/framework/utils"
import { FORUM_REPORT_REASONS } from "@supplement-store/contract"
import { ForumPost } from "./forum-post"

/** A reader's report of a post: one per customer and post; a moderator's decision resolves them. */
export const ForumReport = model
  .define("forum_report", {
    id: model.id({ prefix: "frep" }).primaryKey(),
    customer_id: model.text(),
    reason: model.enum([...FORUM_REPORT_REASONS]),
    note: model.text().nullable(),
    resolved_at: model.dateTime().nullable(),
    post: model.belongsTo(() => ForumPost, { mappedBy: "reports" }),
  })
  .indexes([
    { on: ["post_id", "customer_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["resolved_at"] },
  ])
