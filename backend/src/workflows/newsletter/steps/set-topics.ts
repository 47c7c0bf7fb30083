import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { NEWSLETTER_MODULE } from "../../../modules/newsletter"
import type NewsletterModuleService from "../../../modules/newsletter/service"

export type SetTopicsStepInput = {
  subscriber_id: string
  /** The topics to receive; `null` applies the topics waiting for confirmation, `[]` unsubscribes. */
  topics: string[] | null
  /** The account a confirmation link was issued to: the mailbox owner's click connects it. */
  customer_id?: string | null
}

/**
 * Applies a choice made through a signed link (confirmation, preferences, unsubscribe) or by the account
 * the mailbox's owner connected. Reaching the link proves the reader owns the address, so any non-empty
 * choice also confirms the subscription. Leaving, or coming back after leaving, bumps the token version:
 * every manage link mailed before stops working.
 */
export const setTopicsStep = createStep(
  "set-newsletter-topics",
  async ({ subscriber_id, topics, customer_id }: SetTopicsStepInput, { container }) => {
    const newsletter: NewsletterModuleService = container.resolve(NEWSLETTER_MODULE)
    const current = await newsletter.retrieveSubscriber(subscriber_id)
    const next = topics ?? (current.requested_topics.length ? current.requested_topics : current.topics)
    const status = next.length ? ("confirmed" as const) : ("unsubscribed" as const)
    const leavesOrReturns = (status === "unsubscribed") !== (current.status === "unsubscribed")
    const now = new Date()
    const subscriber = await newsletter.updateSubscribers({
      id: current.id,
      topics: next,
      requested_topics: [],
      status,
      ...(status === "confirmed"
        ? { consent_at: current.status === "confirmed" ? current.consent_at : now, unsubscribed_at: null }
        : { unsubscribed_at: current.status === "unsubscribed" ? current.unsubscribed_at : now }),
      ...(leavesOrReturns ? { token_version: current.token_version + 1 } : {}),
      ...(customer_id ? { customer_id } : {}),
    })
    const previous = {
      id: current.id,
      topics: current.topics,
      requested_topics: current.requested_topics,
      status: current.status,
      consent_at: current.consent_at,
      unsubscribed_at: current.unsubscribed_at,
      token_version: current.token_version,
      customer_id: current.customer_id,
    }
    return new StepResponse(subscriber, previous)
  },
  async (previous, { container }) => {
    if (previous) {
      await container.resolve<NewsletterModuleService>(NEWSLETTER_MODULE).updateSubscribers(previous)
    }
  }
)
