import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { stringify } from "csv-stringify"
import type { SubscriberFilters } from "@supplement-store/contract"
import { NEWSLETTER_MODULE } from "../../../../../modules/newsletter"
import type NewsletterModuleService from "../../../../../modules/newsletter/service"
import { subscriberFilters } from "../../filters"

const BATCH = 1000
const COLUMNS = ["email", "status", "topics", "consent_source", "consent_at", "unsubscribed_at", "created_at"] as const

/** GET /admin/newsletter/subscribers/export: the filtered list as CSV, streamed in batches. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const newsletter = req.scope.resolve<NewsletterModuleService>(NEWSLETTER_MODULE)
  const filters = subscriberFilters(req.validatedQuery as SubscriberFilters) as object
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="newsletter-subscribers-${new Date().toISOString().slice(0, 10)}.csv"`)

  // Quote formula-looking cells so a spreadsheet never evaluates an address as a formula.
  const csv = stringify({ header: true, columns: [...COLUMNS], cast: { date: (value) => value.toISOString() }, escape_formulas: true })
  csv.pipe(res)
  for (let skip = 0; ; skip += BATCH) {
    const page = await newsletter.listSubscribers(filters, { skip, take: BATCH, order: { created_at: "ASC" }, select: [...COLUMNS] })
    page.forEach((subscriber) => csv.write({ ...subscriber, topics: subscriber.topics.join(" ") }))
    if (page.length < BATCH) {
      break
    }
  }
  csv.end()
}
