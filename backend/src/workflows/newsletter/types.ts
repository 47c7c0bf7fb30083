import type { ConsentSource } from "../../modules/newsletter/models/subscriber"
import type { NewsletterTopic } from "@supplement-store/contract"

export type NewsletterSignup = {
  email: string
  topics: NewsletterTopic[]
  source: ConsentSource
  customer_id?: string | null
}

/** What a signup sends: a confirmation link, a note that nothing is new, or nothing (throttled). */
export type SignupMail = "confirm" | "already-subscribed" | null
