import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import AutoshipModule from "../modules/autoship"

// Read-only: an autoship keeps its owner's `customer_id`.
export default defineLink(
  { linkable: AutoshipModule.linkable.autoship, field: "customer_id", isList: false },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
