/** Emitted by the attribution workflows, each with the ids of what was recorded. */
export const AttributionEvents = {
  /** `{ article_id, visitor_id }` */
  READ_RECORDED: "attribution.read_recorded",
  /** `{ article_id, product_id }` */
  CLICK_RECORDED: "attribution.click_recorded",
  /** `{ cart_id }` */
  CART_ATTRIBUTED: "attribution.cart_attributed",
  /** `{ order_id }`: what an order adds to the numbers changed (placed, cancelled, refunded). */
  ORDER_SETTLED: "attribution.order_settled",
} as const
