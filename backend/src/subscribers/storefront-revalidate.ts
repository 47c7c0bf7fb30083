import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CATALOG_TAGS, cacheTags } from "@supplement-store/contract"
import { COMMUNITY_MODULE } from "../modules/community"
import type CommunityModuleService from "../modules/community/service"
import { settings } from "../lib/config"
import { NEWS_MODULE } from "../modules/news"
import type NewsModuleService from "../modules/news/service"
import { REVIEWS_MODULE } from "../modules/reviews"
import type ReviewsModuleService from "../modules/reviews/service"

type Container = SubscriberArgs["container"]

async function articleHandles(container: Container, ids: string[]): Promise<string[]> {
  if (!ids.length) {
    return []
  }
  const found = await container
    .resolve<NewsModuleService>(NEWS_MODULE)
    .listArticles({ id: ids }, { select: ["handle"], withDeleted: true })
  return found.map((article) => article.handle)
}

/** The storefront's cache tags that an event makes stale. */
async function tagsFor(name: string, ids: string[], container: Container): Promise<string[]> {
  if (name.startsWith("comment.")) {
    // A comment approved, rejected or marked as spam changes its article's thread.
    const comments = await container
      .resolve<CommunityModuleService>(COMMUNITY_MODULE)
      .listComments({ id: ids }, { select: ["article_id"], withDeleted: true })
    const handles = await articleHandles(container, [...new Set(comments.map((comment) => comment.article_id))])
    return handles.map(cacheTags.community)
  }
  if (name === "review.summary_updated") {
    // A product's stars changed: its reviews, and every list that shows them on cards.
    return [...ids.map(cacheTags.reviews), cacheTags.products]
  }
  if (name.startsWith("review.")) {
    // A review edited, moderated or answered changes its product's list of reviews.
    const reviews = await container
      .resolve<ReviewsModuleService>(REVIEWS_MODULE)
      .listReviews({ id: ids }, { select: ["product_id"], withDeleted: true })
    return [...new Set(reviews.map((review) => cacheTags.reviews(review.product_id)))]
  }
  if (name.startsWith("article.")) {
    return [cacheTags.articles, cacheTags.topics, ...(await articleHandles(container, ids)).map(cacheTags.article)]
  }
  return CATALOG_TAGS
}

/**
 * Tells the storefront to drop cached pages when products, articles, comments or reviews change, through its
 * `/api/revalidate` route and the secret both sides share (REVALIDATE_SECRET), at STOREFRONT_INTERNAL_URL
 * or else STOREFRONT_URL. One instance is enough: several share one cache in Redis. Without the
 * secret the storefront's short revalidate period still refreshes pages.
 */
export default async function revalidateStorefront({ event, container }: SubscriberArgs<{ id: string } | { id: string }[]>) {
  const secret = settings.revalidateSecret
  if (!secret) {
    return
  }
  const ids = [event.data].flat().map((item) => item.id)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    const tags = await tagsFor(event.name, ids, container)
    if (!tags.length) {
      return
    }
    const response = await fetch(`${settings.storefrontInternalUrl}/api/revalidate`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-revalidate-secret": secret },
      body: JSON.stringify({ tags }),
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
    "article.deleted",
    "comment.approved",
    "comment.moderated",
    "review.updated",
    "review.moderated",
    "review.summary_updated",
  ],
}
