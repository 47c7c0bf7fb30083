import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import AutoshipModule from "../modules/autoship"

// Read-only: the order a cycle of an autoship placed.
export default defineLink(
  { linkable: AutoshipModule.linkable.autoshipCycle, field: "order_id", isList: false },
  OrderModule.linkable.order,
  { readOnly: true }
)
