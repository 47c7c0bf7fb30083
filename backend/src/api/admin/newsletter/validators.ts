import { z } from "@medusajs/framework/zod"
import { SUBSCRIBER_STATUSES } from "../../../modules/newsletter/models/subscriber"
import { NEWSLETTER_TOPIC_HANDLES } from "../../../modules/newsletter/topics"

export const AdminSubscriberFilters = z.object({
  status: z.enum(SUBSCRIBER_STATUSES).optional(),
  topic: z.enum(NEWSLETTER_TOPIC_HANDLES).optional(),
  /** Part of an email address. */
  q: z.string().trim().max(254).optional(),
})

export const AdminListSubscribers = AdminSubscriberFilters.extend({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
}).strict()
export type AdminListSubscribersType = z.infer<typeof AdminListSubscribers>

export const AdminExportSubscribers = AdminSubscriberFilters.strict()
export type AdminSubscriberFiltersType = z.infer<typeof AdminSubscriberFilters>
