import type { Metadata } from "next"
import { notFound } from "next/navigation"

import { hasPublishableKey } from "@/lib/config"
import { ARTICLES_PER_PAGE, listArticles, listTopics, listTrendingArticles } from "@/lib/data/news"
import { parsePageParam, totalPagesFor } from "@/lib/util/pagination"
import { buildHref, type SearchParams } from "@/lib/util/search-params"
import MissingKeyNotice from "@/modules/common/components/missing-key-notice"
import NewsIndexTemplate from "@/modules/news/templates/news-index-template"
import { NEWS_DESCRIPTION, NEWS_FEED_PATH, NEWS_PATH, NEWS_TITLE } from "@/modules/news/utils"

type NewsPageProps = { searchParams: Promise<SearchParams> }

export async function generateMetadata({ searchParams }: NewsPageProps): Promise<Metadata> {
  const page = parsePageParam((await searchParams).page) ?? 1
  return {
    title: page > 1 ? `${NEWS_TITLE} (page ${page})` : NEWS_TITLE,
    description: NEWS_DESCRIPTION,
    alternates: {
      canonical: buildHref(NEWS_PATH, { page: page > 1 ? page : undefined }),
      types: { "application/rss+xml": [{ url: NEWS_FEED_PATH, title: `${NEWS_TITLE} RSS feed` }] },
    },
    openGraph: { title: NEWS_TITLE, description: NEWS_DESCRIPTION, url: NEWS_PATH, type: "website" },
  }
}

/** The sidebar is a nicety: a failure there never takes the page down. */
async function trendingOrEmpty() {
  try {
    return await listTrendingArticles(5)
  } catch (error) {
    console.error("news: trending articles could not be loaded", error)
    return []
  }
}

export default async function NewsPage({ searchParams }: NewsPageProps) {
  if (!hasPublishableKey()) {
    return <MissingKeyNotice />
  }
  const page = parsePageParam((await searchParams).page)
  if (page === null) {
    notFound()
  }

  const [result, topics, trending] = await Promise.all([
    listArticles({ page, perPage: ARTICLES_PER_PAGE }),
    listTopics(),
    trendingOrEmpty(),
  ])
  const totalPages = totalPagesFor(result.count, result.limit)
  if (page > totalPages) {
    notFound()
  }

  return (
    <NewsIndexTemplate
      topic={null}
      topics={topics}
      result={result}
      page={page}
      totalPages={totalPages}
      hrefFor={(p) => buildHref(NEWS_PATH, { page: p > 1 ? p : undefined })}
      trending={trending}
      feedPath={NEWS_FEED_PATH}
    />
  )
}
