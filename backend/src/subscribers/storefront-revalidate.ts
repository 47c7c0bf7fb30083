import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CATALOG_TAGS, cacheTags } from "@supplement-store/contract"
import { COMMUNITY_MODULE } from "../modules/community"
import type CommunityModuleService from "../modules/community/service"
import { ForumEvents } from "../modules/community/forum-events"
import { settings } from "../lib/config"
import { SupplementFactsEvents } from "../modules/supplement-facts/events"
import { NEWS_MODULE } from "../modules/news"
import type NewsModuleService from "../modules/news/service"
import { PageEvents } from "../workflows/pages/types"
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

/** What the activity subscriber tells once it recounted threads and forums. */
type ForumActivity = { thread_id: string; thread_handle: string; forum_handles: string[] }
/** What page events carry: the handles whose addresses went stale. */
type PageChange = { id: string; handles: string[] }
type EventItem = { id: string } | ForumActivity | PageChange

/** The storefront's cache tags that an event makes stale. */
async function tagsFor(name: string, items: EventItem[], container: Container): Promise<string[]> {
  if (name === ForumEvents.ACTIVITY_UPDATED) {
    // New counts and latest posts show on the forum index, the threads' forums (both, after a move) and the threads.
    const activity = items as ForumActivity[]
    return [cacheTags.forums, ...activity.flatMap((item) => [...item.forum_handles.map(cacheTags.forum), cacheTags.forumThread(item.thread_handle)])]
  }
  if (name.startsWith("page.")) {
    return (items as PageChange[]).flatMap((item) => item.handles.map(cacheTags.page))
  }
  const ids = (items as { id: string }[]).map((item) => item.id)
  if (name === ForumEvents.FORUM_UPDATED) {
    // A forum renamed, reordered or archived: the index and its own pages (its threads name it too, and
    // carry their own tags; they refresh within their revalidate period).
    const forums = await container
      .resolve<CommunityModuleService>(COMMUNITY_MODULE)
      .listForums({ id: ids }, { select: ["handle"], withDeleted: true })
    return [cacheTags.forums, ...forums.map((forum) => cacheTags.forum(forum.handle))]
  }
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

const REVALIDATE_BATCH = 50

/**
 * Tells the storefront to drop cached pages when products, articles, comments, reviews, forums or the store's pages change, through its
 * `/api/revalidate` route and the secret both sides share (REVALIDATE_SECRET), at STOREFRONT_INTERNAL_URL
 * or else STOREFRONT_URL. One instance is enough: several share one cache in Redis. Without the
 * secret the storefront's short revalidate period still refreshes pages.
 */
export default async function revalidateStorefront({ event, container }: SubscriberArgs<EventItem | EventItem[]>) {
  const secret = settings.revalidateSecret
  if (!secret) {
    return
  }
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    const tags = [...new Set(await tagsFor(event.name, [event.data].flat(), container))]
    // The storefront takes at most REVALIDATE_BATCH tags a request (a moved or banned member's threads can be many).
    for (let start = 0; start < tags.length; start += REVALIDATE_BATCH) {
      const response = await fetch(`${settings.storefrontInternalUrl}/api/revalidate`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-revalidate-secret": secret },
        body: JSON.stringify({ tags: tags.slice(start, start + REVALIDATE_BATCH) }),
        signal: AbortSignal.timeout(5000),
      })
      if (!response.ok) {
        logger.warn(`Storefront revalidation answered ${response.status}`)
      }
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
    SupplementFactsEvents.UPDATED,
    PageEvents.CREATED,
    PageEvents.UPDATED,
    PageEvents.DELETED,
    ForumEvents.ACTIVITY_UPDATED,
    ForumEvents.FORUM_UPDATED,
  ],
}
