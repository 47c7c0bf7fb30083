import "server-only"

import { Feed } from "feed"

import type { ArticleSummary } from "@/lib/data/news"
import { absoluteUrl, STORE_NAME } from "@/lib/site"
import { articlePath, safeHttpUrl, topicPath } from "@/modules/news/utils"

type FeedInput = {
  title: string
  description: string
  /** Site path of the HTML listing, e.g. "/news". */
  path: string
  /** Site path of the feed itself, e.g. "/news/rss.xml". */
  feedPath: string
  articles: ArticleSummary[]
}

export const RSS_HEADERS = { "Content-Type": "application/rss+xml; charset=utf-8" } as const

/** What a feed answers while the backend can't be read (a 5xx is never cached by Next). */
export function feedUnavailable(): Response {
  return new Response("The news feed is unavailable right now. Please try again in a moment.", {
    status: 503,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Retry-After": "60", "Cache-Control": "no-store" },
  })
}

/** An RSS 2.0 document with absolute links (from STOREFRONT_URL). */
export function buildRss({ title, description, path, feedPath, articles }: FeedInput): string {
  const link = absoluteUrl(path)
  const newest = articles[0] ? new Date(articles[0].published_at) : new Date()
  const feed = new Feed({
    title,
    description,
    id: link,
    link,
    language: "en",
    updated: newest,
    generator: false,
    copyright: `© ${new Date().getFullYear()} ${STORE_NAME}`,
    feedLinks: { rss: absoluteUrl(feedPath) },
    ttl: 5,
  })
  for (const article of articles) {
    const url = absoluteUrl(articlePath(article.handle))
    const image = safeHttpUrl(article.hero_image)
    feed.addItem({
      title: article.title,
      id: url,
      guid: url,
      link: url,
      date: new Date(article.published_at),
      description: article.summary ?? undefined,
      category: article.topic ? [{ name: article.topic.name, domain: absoluteUrl(topicPath(article.topic.handle)) }] : undefined,
      image: image ?? undefined,
    })
  }
  return feed.rss2()
}
