import { model } from "@medusajs/framework/utils"

/**
 * A product's approved reviews in numbers, rewritten from that product's reviews whenever one of them
 * changes (an event), so pages and search read one row instead of counting.
 */
export const ReviewSummary = model
  .define("review_summary", {
    id: model.id({ prefix: "rsum" }).primaryKey(),
    product_id: model.text().unique(),
    count: model.number().default(0),
    average: model.float().default(0),
    rating_1: model.number().default(0),
    rating_2: model.number().default(0),
    rating_3: model.number().default(0),
    rating_4: model.number().default(0),
    rating_5: model.number().default(0),
  })
