import type { Metadata } from "next"
import { notFound } from "next/navigation"

import { hasPublishableKey } from "@/lib/config"
import { parsePageParam } from "@/lib/util/pagination"
import { buildHref, type SearchParams } from "@/lib/util/search-params"
import MissingKeyNotice from "@/modules/common/components/missing-key-notice"
import { loadNewsIndexPage } from "@/modules/news/index-page"
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

export default async function NewsPage({ searchParams }: NewsPageProps) {
  if (!hasPublishableKey()) {
    return <MissingKeyNotice />
  }
  const page = parsePageParam((await searchParams).page)
  if (page === null) {
    notFound()
  }
  const listing = await loadNewsIndexPage(page)

  return (
    <NewsIndexTemplate
      {...listing}
      topic={null}
      page={page}
      hrefFor={(p) => buildHref(NEWS_PATH, { page: p > 1 ? p : undefined })}
      feedPath={NEWS_FEED_PATH}
    />
  )
}
