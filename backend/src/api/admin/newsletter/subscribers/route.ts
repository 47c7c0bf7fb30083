import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { NEWSLETTER_MODULE } from "../../../../modules/newsletter"
import type NewsletterModuleService from "../../../../modules/newsletter/service"
import { NEWSLETTER_TOPICS } from "@supplement-store/contract"
import { subscriberFilters } from "../filters"
import type { AdminListSubscribersQuery, Validated } from "@supplement-store/contract"

/** GET /admin/newsletter/subscribers?status=&topic=&q=: newest first, with confirmed readers per topic. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset, ...filters } = req.validatedQuery as Validated<typeof AdminListSubscribersQuery>
  const newsletter = req.scope.resolve<NewsletterModuleService>(NEWSLETTER_MODULE)
  const [[subscribers, count], confirmed] = await Promise.all([
    newsletter.listAndCountSubscribers(subscriberFilters(filters) as object, { skip: offset, take: limit, order: { created_at: "DESC" } }),
    newsletter.countConfirmedByTopic(),
  ])
  res.json({
    subscribers,
    count,
    limit,
    offset,
    topics: NEWSLETTER_TOPICS.map(({ handle, title }) => ({ handle, title, confirmed: confirmed[handle] ?? 0 })),
  })
}
