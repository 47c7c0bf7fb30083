import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import AutoshipModule from "../modules/autoship"

// Read-only: the checkout that started an autoship.
export default defineLink(
  { linkable: AutoshipModule.linkable.autoship, field: "created_from_order_id", isList: false, alias: "created_from_order" },
  OrderModule.linkable.order,
  { readOnly: true }
)
