import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import ReviewsModule from "../modules/reviews"

// Read-only: the order that made the reviewer a verified buyer (`order_id`).
export default defineLink(
  { linkable: ReviewsModule.linkable.review, field: "order_id", isList: false },
  OrderModule.linkable.order,
  { readOnly: true }
)
