import { z } from "zod"
import { Email, Page } from "./fields"
import { MAX_EMAIL_LENGTH } from "./limits"

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

export const SUBSCRIBER_STATUSES = ["pending", "confirmed", "unsubscribed"] as const
export type SubscriberStatus = (typeof SUBSCRIBER_STATUSES)[number]

/** Where a reader gave consent. */
export const CONSENT_SOURCES = ["footer", "article", "checkout", "account"] as const
export type ConsentSource = (typeof CONSENT_SOURCES)[number]

const isTopic = (value: string): value is NewsletterTopic => (NEWSLETTER_TOPIC_HANDLES as string[]).includes(value)

const Topics = z
  .array(z.string().max(50))
  .max(NEWSLETTER_TOPIC_HANDLES.length)
  .refine((topics) => topics.every(isTopic), `Topics must be among: ${NEWSLETTER_TOPIC_HANDLES.join(", ")}`)
  .transform((topics) => [...new Set(topics)] as NewsletterTopic[])

/** A signed link's token, as mails carry it. */
export const NewsletterToken = z
  .string()
  .max(1000)
  .regex(/^[\w-]+\.[\w-]+\.[\w-]+$/, "This link is not valid. Please use the link from your latest email.")

/** POST /store/newsletter */
export const SubscribeBody = z
  .object({
    email: Email,
    topics: Topics.refine((topics) => topics.length > 0, "Choose at least one newsletter"),
    source: z.enum(CONSENT_SOURCES).default("footer"),
  })
  .strict()
export type SubscribeBody = z.input<typeof SubscribeBody>

/** POST /store/newsletter/{confirm,unsubscribe}, GET /store/newsletter/{confirm,preferences} */
export const NewsletterTokenBody = z.object({ token: NewsletterToken }).strict()

/** POST /store/newsletter/preferences */
export const SetTopicsBody = z.object({ token: NewsletterToken, topics: Topics }).strict()

/** POST /store/customers/me/newsletter */
export const CustomerNewsletterBody = z.object({ topics: Topics }).strict()

const SubscriberFilters = z.object({
  status: z.enum(SUBSCRIBER_STATUSES).optional(),
  topic: z.enum(NEWSLETTER_TOPIC_HANDLES).optional(),
  /** Part of an email address. */
  q: z.string().trim().max(MAX_EMAIL_LENGTH).optional(),
})
export type SubscriberFilters = z.infer<typeof SubscriberFilters>

/** GET /admin/newsletter/subscribers */
export const AdminListSubscribersQuery = SubscriberFilters.extend(Page({ maxLimit: 100, defaultLimit: 20 })).strict()
/** GET /admin/newsletter/subscribers/export */
export const AdminExportSubscribersQuery = SubscriberFilters.strict()

// ---------------------------------------------------------------- responses

/** What a reader may see of their own subscription, reached through a signed link or their account. */
export type PublicSubscription = {
  email: string | null
  status: SubscriberStatus | "none"
  topics: NewsletterTopic[]
  /** Topics asked for by a link not yet confirmed. */
  awaiting_confirmation: NewsletterTopic[]
}

export type NewsletterTopicOption = { handle: NewsletterTopic; title: string }

/** GET /store/newsletter */
export type NewsletterTopicsResponse = { topics: NewsletterTopicOption[] }
/** POST /store/newsletter (202) */
export type SubscribeResponse = { message: string }
/** The signed-link routes (confirm, unsubscribe, preferences) */
export type SubscriptionResponse = { subscription: PublicSubscription }
/** GET /store/newsletter/preferences, GET /store/customers/me/newsletter */
export type PreferencesResponse = SubscriptionResponse & { topics: NewsletterTopicOption[] }
/** POST /store/customers/me/newsletter: `link_sent` when the change waits for the mailbox's owner. */
export type CustomerNewsletterResponse = SubscriptionResponse & { link_sent: boolean }
