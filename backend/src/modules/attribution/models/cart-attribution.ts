import { model } from "@medusajs/framework/utils"

/** An article the cart's visitor read, with the topic it had then (the aggregates are kept per topic too). */
export type AttributedRead = { article_id: string; topic_id: string | null }
/** A product added to the cart after the visitor clicked it on an article. */
export type AttributedClick = { product_id: string; article_id: string }

/**
 * Where a cart, and then its order, came from. Once the order is placed, `orders_applied` and
 * `revenue_applied` say what it has added to the aggregates so far, so a repeated or later event
 * (cancellation, refund) applies only the difference.
 */
export const CartAttribution = model
  .define("cart_attribution", {
    id: model.id({ prefix: "cartattr" }).primaryKey(),
    cart_id: model.text().unique(),
    visitor_id: model.text(),
    /** The article read last before the cart's first add-to-cart. */
    last_article_id: model.text().nullable(),
    last_topic_id: model.text().nullable(),
    /** AttributedRead[]: the articles read in the window (before the order, once placed). */
    reads: model.json(),
    /** AttributedClick[] */
    clicks: model.json(),
    order_id: model.text().nullable(),
    /** The order's UTC day (YYYY-MM-DD), on which its numbers are counted. */
    day: model.text().nullable(),
    currency_code: model.text().nullable(),
    orders_applied: model.number().default(0),
    revenue_applied: model.bigNumber().default(0),
  })
  .indexes([{ on: ["order_id"] }])
