import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import ReviewsModule from "../modules/reviews"

// Read-only: the variant a back-in-stock alert waits for (`variant_id`).
export default defineLink(
  { linkable: ReviewsModule.linkable.stockAlert, field: "variant_id", isList: false },
  ProductModule.linkable.productVariant,
  { readOnly: true }
)
