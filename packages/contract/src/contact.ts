import { z } from "zod"
import { Email, Page } from "./fields"

/**
 * Contact forms: Contact Us and the three partner inquiries are one form, told apart by `topic`;
 * each partner topic asks for its own extra fields.
 */
export const CONTACT_TOPICS = [
  { handle: "general", title: "General question" },
  { handle: "order", title: "An order or delivery" },
  { handle: "product", title: "A product" },
  { handle: "affiliate", title: "Affiliate Program" },
  { handle: "wholesale", title: "Become a Wholesaler" },
  { handle: "vendor", title: "Vendor Inquiries" },
] as const
export type ContactTopic = (typeof CONTACT_TOPICS)[number]["handle"]
export const CONTACT_TOPIC_HANDLES = CONTACT_TOPICS.map((topic) => topic.handle) as [ContactTopic, ...ContactTopic[]]

/** The partner topics' extra fields, in form order, with their labels (forms, mails and the inbox show them). */
export const CONTACT_DETAIL_FIELDS: Partial<Record<ContactTopic, { name: string; label: string; optional?: boolean; long?: boolean }[]>> = {
  affiliate: [
    { name: "website", label: "Your website or channel" },
    { name: "audience", label: "Who follows you, and how many", long: true },
  ],
  wholesale: [
    { name: "company", label: "Company" },
    { name: "tax_id", label: "Tax id or resale certificate number" },
    { name: "expected_volume", label: "Expected volume (units or $ per month)" },
  ],
  vendor: [
    { name: "company", label: "Company" },
    { name: "product_line", label: "Your product line", long: true },
    { name: "website", label: "Website", optional: true },
  ],
}

export const contactTopicTitle = (topic: string) => CONTACT_TOPICS.find((entry) => entry.handle === topic)?.title ?? topic

export const CONTACT_MESSAGE_STATUSES = ["new", "answered"] as const
export type ContactMessageStatus = (typeof CONTACT_MESSAGE_STATUSES)[number]

const text = (label: string, max: number) =>
  z.string({ error: `Enter ${label}` }).trim().min(1, `Enter ${label}`).max(max, `At most ${max} characters`)
const Website = z
  .string({ error: "Enter your website" })
  .trim()
  .max(300, "At most 300 characters")
  .pipe(z.url({ protocol: /^https?$/, error: "Enter a web address starting with http:// or https://" }))

/** What every topic asks. `website_url` is the honeypot: people never see it, so only bots fill it in. */
const Common = {
  name: text("your name", 120),
  email: Email,
  message: text("a message", 5000),
  website_url: z.string().max(300).optional(),
}

const Simple = (topic: "general" | "order" | "product") => z.object({ topic: z.literal(topic), ...Common }).strict()

export const AffiliateDetails = z
  .object({
    website: Website,
    audience: text("your audience", 500),
  })
  .strict()
export const WholesaleDetails = z
  .object({
    company: text("your company", 200),
    tax_id: text("your tax id or resale certificate number", 60),
    expected_volume: text("your expected volume", 200),
  })
  .strict()
export const VendorDetails = z
  .object({
    company: text("your company", 200),
    product_line: text("your product line", 1000),
    website: Website.optional(),
  })
  .strict()

/** POST /store/contact-messages */
export const CreateContactMessageBody = z.discriminatedUnion(
  "topic",
  [
    Simple("general"),
    Simple("order"),
    Simple("product"),
    z.object({ topic: z.literal("affiliate"), ...Common, details: AffiliateDetails }).strict(),
    z.object({ topic: z.literal("wholesale"), ...Common, details: WholesaleDetails }).strict(),
    z.object({ topic: z.literal("vendor"), ...Common, details: VendorDetails }).strict(),
  ],
  { error: `Choose a topic: ${CONTACT_TOPIC_HANDLES.join(", ")}` }
)
export type CreateContactMessageBody = z.input<typeof CreateContactMessageBody>

/** GET /admin/contact-messages */
export const AdminListContactMessagesQuery = z
  .object({
    status: z.enum(CONTACT_MESSAGE_STATUSES).optional(),
    topic: z.enum(CONTACT_TOPIC_HANDLES).optional(),
    ...Page({ maxLimit: 100, defaultLimit: 20 }),
  })
  .strict()

/** POST /admin/contact-messages/:id */
export const AdminUpdateContactMessageBody = z.object({ status: z.enum(CONTACT_MESSAGE_STATUSES) }).strict()

// ---------------------------------------------------------------- responses

export type ContactMessage = {
  id: string
  topic: ContactTopic
  name: string
  email: string
  message: string
  details: Record<string, string> | null
  status: ContactMessageStatus
  answered_at: string | null
  created_at: string
}

/** The phone, address and mail of the store, kept in the Medusa store's `metadata.contact`. */
export type StoreContact = {
  street: string
  city: string
  region: string
  postal_code: string
  country: string
  phone: string
  phone_display: string
  email: string
  hours: string
}

/** GET /store/contact-details */
export type StoreContactResponse = { contact: StoreContact }
