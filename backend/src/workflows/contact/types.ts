import type { ContactTopic } from "@supplement-store/contract"

export type NewContactMessage = {
  topic: ContactTopic
  name: string
  email: string
  message: string
  details: Record<string, string> | null
  customer_id: string | null
}

export const ContactEvents = {
  /** Mails staff and the sender (src/subscribers/contact-message-created.ts). */
  CREATED: "contact_message.created",
} as const
