import { model } from "@medusajs/framework/utils"

/**
 * One row per article, visitor and day: how views are counted at most once per visitor per day.
 * The visitor is a salted hash of their address and the day, never the address itself.
 */
export const ArticleView = model
  .define("article_view", {
    id: model.id({ prefix: "artview" }).primaryKey(),
    article_id: model.text(),
    visitor_hash: model.text(),
    /** UTC date, YYYY-MM-DD. */
    day: model.text(),
  })
  .indexes([
    { on: ["article_id", "visitor_hash", "day"], unique: true },
    { on: ["day", "article_id"] },
  ])
