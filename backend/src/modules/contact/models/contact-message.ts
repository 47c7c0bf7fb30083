import { model } from "@medusajs/framework/utils"
import { CONTACT_MESSAGE_STATUSES, CONTACT_TOPIC_HANDLES } from "@supplement-store/contract"

/** A message sent through a contact form, kept for the admin inbox. */
export const ContactMessage = model
  .define("contact_message", {
    id: model.id({ prefix: "cmsg" }).primaryKey(),
    topic: model.enum([...CONTACT_TOPIC_HANDLES]),
    name: model.text(),
    email: model.text(),
    message: model.text(),
    /** The partner topics' extra fields (company, website…), as the contract names them. */
    details: model.json().nullable(),
    status: model.enum([...CONTACT_MESSAGE_STATUSES]).default("new"),
    answered_at: model.dateTime().nullable(),
    /** The logged-in customer who sent it, if any. */
    customer_id: model.text().nullable(),
  })
  .indexes([{ on: ["status", "topic", "created_at"] }])
