import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { newsletterLinks } from "../lib/newsletter-links"
import { publishedFilter } from "../modules/news/published"
import { NEWSLETTER_MODULE } from "../modules/newsletter"
import type NewsletterModuleService from "../modules/newsletter/service"
import { NEWSLETTER_TOPICS } from "@supplement-store/contract"

const WEEK_MS = 7 * 24 * 3600 * 1000
const BATCH = 500

type DigestSection = { title: string; articles: { title: string; url: string; excerpt: string }[] }

/** The week's sections per newsletter topic: new articles by topic, and the current deals. */
async function weeklySections(container: MedusaContainer, storefrontUrl: string): Promise<Map<string, DigestSection>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const since = new Date(Date.now() - WEEK_MS)
  const published = publishedFilter()
  type Deal = { title: string; handle: string; subtitle: string | null }
  const [{ data: articles }, { data: collections }] = await Promise.all([
    query.graph({
      entity: "article",
      fields: ["title", "handle", "summary", "published_at", "topic.handle"],
      // Published, and within the last week.
      filters: { ...published, published_at: { ...published.published_at, $gte: since } },
      pagination: { order: { published_at: "DESC" } },
    }),
    query.graph({ entity: "product_collection", fields: ["products.title", "products.handle", "products.subtitle"], filters: { handle: "deals" } }),
  ])
  const sections = new Map<string, DigestSection>()
  for (const topic of NEWSLETTER_TOPICS) {
    const items =
      topic.handle === "deals"
        ? ((collections[0]?.products ?? []) as unknown as Deal[]).slice(0, 6).map((product) => ({
            title: product.title,
            url: `${storefrontUrl}/products/${product.handle}`,
            excerpt: product.subtitle ?? "",
          }))
        : articles
            .filter((article) => article.topic?.handle === topic.handle)
            .slice(0, 5)
            .map((article) => ({ title: article.title, url: `${storefrontUrl}/news/${article.handle}`, excerpt: article.summary }))
    if (items.length) {
      sections.set(topic.handle, { title: topic.title, articles: items })
    }
  }
  return sections
}

/** Monday mornings: each confirmed subscriber gets one email with the week's sections on their topics. */
export default async function sendNewsletterDigest(container: MedusaContainer) {
  const { storefrontUrl } = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).admin
  const sections = await weeklySections(container, storefrontUrl ?? "")
  if (!sections.size) {
    return
  }
  const newsletter: NewsletterModuleService = container.resolve(NEWSLETTER_MODULE)
  const notifications = container.resolve(Modules.NOTIFICATION)
  const week = new Date().toISOString().slice(0, 10)
  let sent = 0
  for (let skip = 0; ; skip += BATCH) {
    const subscribers = await newsletter.listSubscribers({ status: "confirmed" }, { skip, take: BATCH, order: { id: "ASC" }, select: ["id", "email", "topics", "token_version"] })
    const batch = subscribers.flatMap((subscriber) => {
      const mine = subscriber.topics.flatMap((topic) => sections.get(topic) ?? [])
      if (!mine.length) {
        return []
      }
      return [
        {
          to: subscriber.email,
          channel: "email",
          template: "newsletter-digest",
          data: { ...newsletterLinks(container, subscriber), sections: mine },
          // A rerun of the same day's job sends nothing twice.
          idempotency_key: `newsletter-digest-${week}-${subscriber.id}`,
        },
      ]
    })
    if (batch.length) {
      await notifications.createNotifications(batch)
      sent += batch.length
    }
    if (subscribers.length < BATCH) {
      break
    }
  }
  container.resolve(ContainerRegistrationKeys.LOGGER).info(`Newsletter digest sent to ${sent} subscriber(s)`)
}

export const config = {
  name: "send-newsletter-digest",
  schedule: "0 8 * * 1",
}
