import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import CommunityModule from "../modules/community"

// Read-only: a logged-in commenter's `customer_id` joins their customer record.
export default defineLink(
  { linkable: CommunityModule.linkable.comment, field: "customer_id", isList: false },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
