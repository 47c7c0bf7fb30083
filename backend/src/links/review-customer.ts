import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import ReviewsModule from "../modules/reviews"

// Read-only: a review keeps its author's `customer_id`.
export default defineLink(
  { linkable: ReviewsModule.linkable.review, field: "customer_id", isList: false },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
