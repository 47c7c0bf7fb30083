import type { Metadata } from "next"
import { notFound } from "next/navigation"

import { hasPublishableKey } from "@/lib/config"
import { getTopic } from "@/lib/data/news"
import { parsePageParam } from "@/lib/util/pagination"
import { buildHref, type SearchParams } from "@/lib/util/search-params"
import MissingKeyNotice from "@/modules/common/components/missing-key-notice"
import { loadNewsIndexPage } from "@/modules/news/index-page"
import NewsIndexTemplate from "@/modules/news/templates/news-index-template"
import { NEWS_TITLE, topicFeedPath, topicPath } from "@/modules/news/utils"

type TopicPageProps = {
  params: Promise<{ handle: string }>
  searchParams: Promise<SearchParams>
}

export async function generateMetadata({ params, searchParams }: TopicPageProps): Promise<Metadata> {
  if (!hasPublishableKey()) {
    return {}
  }
  const { handle } = await params
  const topic = await getTopic(handle)
  if (!topic) {
    return { title: "Topic not found", robots: { index: false } }
  }
  const page = parsePageParam((await searchParams).page) ?? 1
  const path = topicPath(topic.handle)
  const title = `${topic.name} news`
  const description = topic.description ?? `The latest ${topic.name} articles from the ${NEWS_TITLE} desk.`
  return {
    title: page > 1 ? `${title} (page ${page})` : title,
    description,
    alternates: {
      canonical: buildHref(path, { page: page > 1 ? page : undefined }),
      types: { "application/rss+xml": [{ url: topicFeedPath(topic.handle), title: `${topic.name} RSS feed` }] },
    },
    openGraph: { title, description, url: path, type: "website" },
  }
}

export default async function TopicPage({ params, searchParams }: TopicPageProps) {
  if (!hasPublishableKey()) {
    return <MissingKeyNotice />
  }
  const { handle } = await params
  const page = parsePageParam((await searchParams).page)
  const topic = await getTopic(handle)
  if (!topic || page === null) {
    notFound()
  }
  const listing = await loadNewsIndexPage(page, topic.handle)
  const path = topicPath(topic.handle)

  return (
    <NewsIndexTemplate
      {...listing}
      topic={topic}
      page={page}
      hrefFor={(p) => buildHref(path, { page: p > 1 ? p : undefined })}
      feedPath={topicFeedPath(topic.handle)}
    />
  )
}
