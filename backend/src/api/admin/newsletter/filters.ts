import type { SubscriberFilters } from "@supplement-store/contract"

/** Admin list filters as module filters; the topic test uses the GIN index on `topics`. */
export function subscriberFilters({ status, topic, q }: SubscriberFilters) {
  return {
    ...(status ? { status } : {}),
    ...(topic ? { topics: { $contains: [topic] } } : {}),
    ...(q ? { email: { $ilike: `%${q.toLowerCase().replace(/[\\%_]/g, "\\$&")}%` } } : {}),
  }
}
