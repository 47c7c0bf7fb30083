import { model } from "@medusajs/framework/utils"

/**
 * The latest read of an article by a visitor (the signed visitor token's id, nothing else about them):
 * one row per visitor and article, `read_at` refreshed. Pruned after the attribution window.
 */
export const ArticleRead = model
  .define("article_read", {
    id: model.id({ prefix: "artread" }).primaryKey(),
    visitor_id: model.text(),
    article_id: model.text(),
    topic_id: model.text().nullable(),
    read_at: model.dateTime(),
  })
  .indexes([
    { on: ["visitor_id", "article_id"], unique: true },
    { on: ["read_at"] },
  ])
