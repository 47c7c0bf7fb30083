import "server-only"

import type { Metadata } from "next"
import { notFound } from "next/navigation"

import { hasPublishableKey } from "@/lib/config"
import { getTopic } from "@/lib/data/news"
import { buildHref } from "@/lib/util/search-params"
import MissingKeyNotice from "@/modules/common/components/missing-key-notice"
import { loadNewsIndexPage } from "@/modules/news/index-page"
import NewsIndexTemplate from "@/modules/news/templates/news-index-template"
import { NEWS_DESCRIPTION, NEWS_FEED_PATH, NEWS_PATH, NEWS_TITLE, topicFeedPath, topicPath } from "@/modules/news/utils"

/**
 * One page of the newsroom's listings, all cached: /news (./pages/[page], which next.config.ts
 * rewrites /news and /news?page=N to) and a topic's (./topic/[handle], and ./topic/[handle]/pages/[page]
 * for `?page=N`). `page` is null for a page number that isn't one: a 404, like a page past the last.
 */

const pageHref = (path: string) => (page: number) => buildHref(path, { page: page > 1 ? page : undefined })

export function newsMetadata(page: number | null): Metadata {
  const pageNumber = page ?? 1
  return {
    title: pageNumber > 1 ? `${NEWS_TITLE} (page ${pageNumber})` : NEWS_TITLE,
    description: NEWS_DESCRIPTION,
    alternates: {
      canonical: pageHref(NEWS_PATH)(pageNumber),
      types: { "application/rss+xml": [{ url: NEWS_FEED_PATH, title: `${NEWS_TITLE} RSS feed` }] },
    },
    openGraph: { title: NEWS_TITLE, description: NEWS_DESCRIPTION, url: NEWS_PATH, type: "website" },
  }
}

export async function NewsListing({ page }: { page: number | null }) {
  if (!hasPublishableKey()) {
    return <MissingKeyNotice />
  }
  if (page === null) {
    notFound()
  }
  const listing = await loadNewsIndexPage(page)
  return <NewsIndexTemplate {...listing} topic={null} page={page} hrefFor={pageHref(NEWS_PATH)} feedPath={NEWS_FEED_PATH} />
}

export async function topicMetadata(handle: string, page: number | null): Promise<Metadata> {
  if (!hasPublishableKey()) {
    return {}
  }
  const topic = await getTopic(handle)
  if (!topic) {
    return { title: "Topic not found", robots: { index: false } }
  }
  const pageNumber = page ?? 1
  const path = topicPath(topic.handle)
  const title = `${topic.name} news`
  const description = topic.description ?? `The latest ${topic.name} articles from the ${NEWS_TITLE} desk.`
  return {
    title: pageNumber > 1 ? `${title} (page ${pageNumber})` : title,
    description,
    alternates: {
      canonical: pageHref(path)(pageNumber),
      types: { "application/rss+xml": [{ url: topicFeedPath(topic.handle), title: `${topic.name} RSS feed` }] },
    },
    openGraph: { title, description, url: path, type: "website" },
  }
}

export async function TopicListing({ handle, page }: { handle: string; page: number | null }) {
  if (!hasPublishableKey()) {
    return <MissingKeyNotice />
  }
  const topic = await getTopic(handle)
  if (!topic || page === null) {
    notFound()
  }
  const listing = await loadNewsIndexPage(page, topic.handle)
  return (
    <NewsIndexTemplate
      {...listing}
      topic={topic}
      page={page}
      hrefFor={pageHref(topicPath(topic.handle))}
      feedPath={topicFeedPath(topic.handle)}
    />
  )
}
