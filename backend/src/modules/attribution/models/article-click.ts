import { model } from "@medusajs/framework/utils"

/** A visitor clicked a product an article features. Pruned after the attribution window. */
export const ArticleClick = model
  .define("article_click", {
    id: model.id({ prefix: "artclick" }).primaryKey(),
    visitor_id: model.text(),
    article_id: model.text(),
    product_id: model.text(),
    clicked_at: model.dateTime(),
  })
  .indexes([{ on: ["visitor_id", "product_id"] }, { on: ["clicked_at"] }])
