import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { NEWS_MODULE } from "../modules/news"
import type NewsModuleService from "../modules/news/service"

const CATALOG_TAGS = ["products", "brands", "categories", "collections"]

/** The storefront's cache tags that an event makes stale. */
async function tagsFor(name: string, ids: string[], container: SubscriberArgs["container"]): Promise<string[]> {
  if (!name.startsWith("article.")) {
    return CATALOG_TAGS
  }
  const found = await container
    .resolve<NewsModuleService>(NEWS_MODULE)
    .listArticles({ id: ids }, { select: ["handle"], withDeleted: true })
  return ["articles", "topics", ...found.map((article) => `article:${article.handle}`)]
}

/**
 * Tells the storefront to drop cached pages when products or articles change, through its
 * `/api/revalidate` route and the secret both sides share (REVALIDATE_SECRET). Without the secret
 * the storefront's short revalidate period still refreshes pages.
 */
export default async function revalidateStorefront({ event, container }: SubscriberArgs<{ id: string } | { id: string }[]>) {
  const secret = process.env.REVALIDATE_SECRET
  if (!secret) {
    return
  }
  const ids = [event.data].flat().map((item) => item.id)
  const { admin } = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    const response = await fetch(`${admin.storefrontUrl}/api/revalidate`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-revalidate-secret": secret },
      body: JSON.stringify({ tags: await tagsFor(event.name, ids, container) }),
      signal: AbortSignal.timeout(5000),
    })
    if (!response.ok) {
      logger.warn(`Storefront revalidation answered ${response.status}`)
    }
  } catch (error) {
    // The storefront may be down or starting; its revalidate period catches up.
    logger.warn(`Storefront revalidation failed: ${(error as Error).message}`)
  }
}

export const config: SubscriberConfig = {
  event: [
    "product.created",
    "product.updated",
    "product.deleted",
    "article.published",
    "article.updated",
    "article.unpublished",
  ],
}
