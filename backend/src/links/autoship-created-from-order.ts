import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import AutoshipModule from "../modules/autoship"

// Read-only: the checkout that started an autoship. A read-only link names the relation after the
// second side's alias, so it goes there: as plain `order` it would take the name of the cycles' link.
export default defineLink(
  { linkable: AutoshipModule.linkable.autoship, field: "created_from_order_id", isList: false },
  { linkable: OrderModule.linkable.order, alias: "created_from_order" },
  { readOnly: true }
)
