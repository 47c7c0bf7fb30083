import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import AutoshipModule from "../modules/autoship"

// Read-only: the variant an autoship line re-delivers.
export default defineLink(
  { linkable: AutoshipModule.linkable.autoshipLine, field: "variant_id", isList: false },
  ProductModule.linkable.productVariant,
  { readOnly: true }
)
