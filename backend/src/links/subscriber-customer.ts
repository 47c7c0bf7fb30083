import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import NewsletterModule from "../modules/newsletter"

// Read-only: a subscriber who signed up while logged in keeps their `customer_id`.
export default defineLink(
  { linkable: NewsletterModule.linkable.subscriber, field: "customer_id", isList: false },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
