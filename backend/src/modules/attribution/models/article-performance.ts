import { model } from "@medusajs/framework/utils"

/**
 * One article's numbers on one UTC day, kept up to date by the attribution workflows so the content
 * performance page sums a few rows instead of scanning reads and orders. Revenue in major units.
 */
export const ArticlePerformance = model
  .define("article_performance", {
    id: model.id({ prefix: "artperf" }).primaryKey(),
    day: model.text(),
    article_id: model.text(),
    topic_id: model.text().nullable(),
    readers: model.number().default(0),
    clicks: model.number().default(0),
    add_to_carts: model.number().default(0),
    orders: model.number().default(0),
    assisted_orders: model.number().default(0),
    revenue_last: model.bigNumber().default(0),
    revenue_shared: model.bigNumber().default(0),
  })
  .indexes([
    { on: ["day", "article_id"], unique: true },
    { on: ["article_id", "day"] },
  ])
