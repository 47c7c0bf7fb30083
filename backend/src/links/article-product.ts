import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import NewsModule from "../modules/news"

// An article features an ordered list of products; a product can appear in many articles.
export default defineLink(
  { linkable: NewsModule.linkable.article, isList: true },
  { linkable: ProductModule.linkable.product, isList: true },
  { database: { extraColumns: { position: { type: "integer", defaultValue: "0" } } } }
)
