/** The newsletters a reader can choose; the first five share their handle with a news topic. */
export const NEWSLETTER_TOPICS = [
  { handle: "fibromyalgia", title: "Fibromyalgia" },
  { handle: "chronic-fatigue", title: "Chronic Fatigue & ME" },
  { handle: "lyme-disease", title: "Lyme Disease" },
  { handle: "natural-wellness", title: "Natural Wellness" },
  { handle: "supplement-news", title: "Supplement News" },
  { handle: "deals", title: "Deals" },
] as const

export type NewsletterTopic = (typeof NEWSLETTER_TOPICS)[number]["handle"]

export const NEWSLETTER_TOPIC_HANDLES = NEWSLETTER_TOPICS.map((topic) => topic.handle) as [NewsletterTopic, ...NewsletterTopic[]]

export function topicTitles(handles: readonly string[]): string[] {
  return NEWSLETTER_TOPICS.filter((topic) => handles.includes(topic.handle)).map((topic) => topic.title)
}
