import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import SupplementFactsModule from "../modules/supplement-facts"

// Read-only, inverse: the label keeps `product_id`; product reads ask for `supplement_facts.*`.
export default defineLink(
  { linkable: ProductModule.linkable.product, field: "id" },
  { ...SupplementFactsModule.linkable.supplementFacts.id, primaryKey: "product_id" },
  { readOnly: true }
)
