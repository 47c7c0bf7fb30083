import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { NEWSLETTER_MODULE } from "../../../modules/newsletter"
import type NewsletterModuleService from "../../../modules/newsletter/service"
import type { NewsletterSignup, SignupMail } from "../types"

/** At most one mail per address in this window, whatever is asked. */
const MAIL_INTERVAL_MS = 10 * 60 * 1000

type Snapshot = { created?: string; previous?: Record<string, unknown> }

/**
 * Records what a signup asks for without changing what a confirmed reader receives: new topics wait in
 * `requested_topics` until the owner of the address confirms them. Nor does it connect the account that
 * asked: only the click on the link it sends does (see setTopicsStep).
 */
export const recordSignupStep = createStep(
  "record-newsletter-signup",
  async (input: NewsletterSignup, { container }) => {
    const newsletter: NewsletterModuleService = container.resolve(NEWSLETTER_MODULE)
    const email = input.email.trim().toLowerCase()
    const now = new Date()
    const [existing] = await newsletter.listSubscribers({ email })

    if (!existing) {
      const subscriber = await newsletter.createSubscribers({
        email,
        topics: [],
        requested_topics: input.topics,
        consent_source: input.source,
        confirmation_sent_at: now,
      })
      return new StepResponse({ subscriber, mail: "confirm" as SignupMail }, { created: subscriber.id } as Snapshot)
    }

    const wanted = [...new Set(existing.status === "confirmed" ? [...existing.topics, ...input.topics] : input.topics)]
    // An account asking to be connected always gets a link to confirm, even for topics already received.
    const connects = Boolean(input.customer_id) && input.customer_id !== existing.customer_id
    const nothingNew = existing.status === "confirmed" && wanted.length === existing.topics.length && !connects
    const mayMail = !existing.confirmation_sent_at || now.getTime() - new Date(existing.confirmation_sent_at).getTime() >= MAIL_INTERVAL_MS
    const mail: SignupMail = !mayMail ? null : nothingNew ? "already-subscribed" : "confirm"

    const previous = {
      id: existing.id,
      requested_topics: existing.requested_topics,
      consent_source: existing.consent_source,
      confirmation_sent_at: existing.confirmation_sent_at,
    }
    const subscriber = await newsletter.updateSubscribers({
      id: existing.id,
      requested_topics: nothingNew ? [] : wanted,
      consent_source: input.source,
      ...(mail ? { confirmation_sent_at: now } : {}),
    })
    return new StepResponse({ subscriber, mail }, { previous } as Snapshot)
  },
  async (snapshot, { container }) => {
    const newsletter: NewsletterModuleService = container.resolve(NEWSLETTER_MODULE)
    if (snapshot?.created) {
      await newsletter.deleteSubscribers(snapshot.created)
    } else if (snapshot?.previous) {
      await newsletter.updateSubscribers(snapshot.previous)
    }
  }
)
