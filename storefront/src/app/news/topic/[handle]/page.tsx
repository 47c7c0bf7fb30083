import type { Metadata } from "next"
import { notFound } from "next/navigation"

import { hasPublishableKey } from "@/lib/config"
import { ARTICLES_PER_PAGE, getTopic, listArticles, listTopics, listTrendingArticles } from "@/lib/data/news"
import { parsePageParam, totalPagesFor } from "@/lib/util/pagination"
import { buildHref, type SearchParams } from "@/lib/util/search-params"
import MissingKeyNotice from "@/modules/common/components/missing-key-notice"
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

async function trendingOrEmpty() {
  try {
    return await listTrendingArticles(5)
  } catch (error) {
    console.error("news: trending articles could not be loaded", error)
    return []
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

  const [result, topics, trending] = await Promise.all([
    listArticles({ topic: topic.handle, page, perPage: ARTICLES_PER_PAGE }),
    listTopics(),
    trendingOrEmpty(),
  ])
  const totalPages = totalPagesFor(result.count, result.limit)
  if (page > totalPages) {
    notFound()
  }
  const path = topicPath(topic.handle)

  return (
    <NewsIndexTemplate
      topic={topic}
      topics={topics}
      result={result}
      page={page}
      totalPages={totalPages}
      hrefFor={(p) => buildHref(path, { page: p > 1 ? p : undefined })}
      trending={trending}
      feedPath={topicFeedPath(topic.handle)}
    />
  )
}
