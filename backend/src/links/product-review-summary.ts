import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import ReviewsModule from "../modules/reviews"

// Read-only, inverse: the summary keeps `product_id`; product reads ask for `review_summary.*` (stars on cards).
export default defineLink(
  { linkable: ProductModule.linkable.product, field: "id" },
  { ...ReviewsModule.linkable.reviewSummary.id, primaryKey: "product_id" },
  { readOnly: true }
)
