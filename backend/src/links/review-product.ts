import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import ReviewsModule from "../modules/reviews"

// Read-only: a review keeps its `product_id`.
export default defineLink(
  { linkable: ReviewsModule.linkable.review, field: "product_id", isList: false },
  ProductModule.linkable.product,
  { readOnly: true }
)
