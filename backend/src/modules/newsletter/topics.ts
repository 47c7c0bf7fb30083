import { NEWSLETTER_TOPICS } from "@supplement-store/contract"

/** The titles of the newsletters named by their handles, in the store's order. */
export function topicTitles(handles: readonly string[]): string[] {
  return NEWSLETTER_TOPICS.filter((topic) => handles.includes(topic.handle)).map((topic) => topic.title)
}
