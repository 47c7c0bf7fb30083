import { NEWSLETTER_TOPICS } from "@supplement-store/contract"

type SubscriberRecord = { email: string; status: string; topics: string[]; requested_topics: string[] }

/** What a reader may see of their own subscription, reached through a signed link or their account. */
export function publicSubscription(subscriber: SubscriberRecord | undefined) {
  return {
    email: subscriber?.email ?? null,
    status: subscriber?.status ?? "none",
    topics: subscriber?.topics ?? [],
    awaiting_confirmation: subscriber?.requested_topics ?? [],
  }
}

export const topicList = () => NEWSLETTER_TOPICS.map(({ handle, title }) => ({ handle, title }))
