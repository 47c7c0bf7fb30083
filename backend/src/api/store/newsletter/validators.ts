import { z } from "@medusajs/framework/zod"
import { CONSENT_SOURCES } from "../../../modules/newsletter/models/subscriber"
import { NEWSLETTER_TOPIC_HANDLES, type NewsletterTopic } from "../../../modules/newsletter/topics"

const isTopic = (value: string): value is NewsletterTopic => (NEWSLETTER_TOPIC_HANDLES as string[]).includes(value)

const Topics = z
  .array(z.string().max(50))
  .max(NEWSLETTER_TOPIC_HANDLES.length)
  .refine((topics) => topics.every(isTopic), `topics must be among: ${NEWSLETTER_TOPIC_HANDLES.join(", ")}`)
  .transform((topics) => [...new Set(topics)] as NewsletterTopic[])

const Token = z
  .string()
  .max(1000)
  .regex(/^[\w-]+\.[\w-]+\.[\w-]+$/, "This link is not valid. Please use the link from your latest email.")

export const StoreSubscribe = z
  .object({
    email: z.string().trim().max(254).email("Enter a valid email address"),
    topics: Topics.refine((topics) => topics.length > 0, "Choose at least one newsletter"),
    source: z.enum(CONSENT_SOURCES).default("footer"),
  })
  .strict()
export type StoreSubscribeType = z.infer<typeof StoreSubscribe>

export const StoreNewsletterToken = z.object({ token: Token }).strict()
export type StoreNewsletterTokenType = z.infer<typeof StoreNewsletterToken>

export const StoreSetTopics = z.object({ token: Token, topics: Topics }).strict()
export type StoreSetTopicsType = z.infer<typeof StoreSetTopics>

export const StoreCustomerNewsletter = z.object({ topics: Topics }).strict()
export type StoreCustomerNewsletterType = z.infer<typeof StoreCustomerNewsletter>
