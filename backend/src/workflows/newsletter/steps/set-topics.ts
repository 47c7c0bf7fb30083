import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { NEWSLETTER_MODULE } from "../../../modules/newsletter"
import type NewsletterModuleService from "../../../modules/newsletter/service"

export type SetTopicsStepInput = {
  subscriber_id: string
  /** The topics to receive; `null` applies the topics waiting for confirmation, `[]` unsubscribes. */
  topics: string[] | null
}

/**
 * Applies a choice made through a signed link (confirmation, preferences, unsubscribe). Reaching the
 * link proves the reader owns the address, so any non-empty choice also confirms the subscription.
 */
export const setTopicsStep = createStep(
  "set-newsletter-topics",
  async ({ subscriber_id, topics }: SetTopicsStepInput, { container }) => {
    const newsletter: NewsletterModuleService = container.resolve(NEWSLETTER_MODULE)
    const current = await newsletter.retrieveSubscriber(subscriber_id)
    const next = topics ?? (current.requested_topics.length ? current.requested_topics : current.topics)
    const now = new Date()
    const subscriber = await newsletter.updateSubscribers({
      id: current.id,
      topics: next,
      requested_topics: [],
      ...(next.length
        ? { status: "confirmed" as const, consent_at: current.status === "confirmed" ? current.consent_at : now, unsubscribed_at: null }
        : { status: "unsubscribed" as const, unsubscribed_at: current.status === "unsubscribed" ? current.unsubscribed_at : now }),
    })
    const previous = {
      id: current.id,
      topics: current.topics,
      requested_topics: current.requested_topics,
      status: current.status,
      consent_at: current.consent_at,
      unsubscribed_at: current.unsubscribed_at,
    }
    return new StepResponse(subscriber, previous)
  },
  async (previous, { container }) => {
    if (previous) {
      await container.resolve<NewsletterModuleService>(NEWSLETTER_MODULE).updateSubscribers(previous)
    }
  }
)
