import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { connection } from "next/server"

import { hasPublishableKey } from "@/lib/config"
import { getArticle, listArticles, listTrendingArticles, type ArticleSummary } from "@/lib/data/news"
import { getDefaultRegion } from "@/lib/data/regions"
import { absoluteUrl, STORE_NAME } from "@/lib/site"
import type { SearchParams } from "@/lib/util/search-params"
import MissingKeyNotice from "@/modules/common/components/missing-key-notice"
import { COMMENTS_PAGE_PARAM, parseCommentsPage } from "@/modules/community/utils"
import ArticleTemplate from "@/modules/news/templates/article-template"
import { articlePath, safeHttpUrl, truncate } from "@/modules/news/utils"

type ArticlePageProps = {
  params: Promise<{ handle: string }>
  searchParams: Promise<SearchParams>
}

/*
 * Rendered per request, never at build time, like the product pages: the site header reads the
 * cart and session cookies, so no page of this app can be static anyway. What is cached is the
 * backend data (lib/data/news.ts: revalidate 60 s, tags "articles", "article:<handle>"). Votes and
 * comments (lib/data/community.ts) are read fresh on every request and rendered with the page, not
 * streamed, since their forms must work without JavaScript.
 */

export async function generateMetadata({ params }: ArticlePageProps): Promise<Metadata> {
  await connection()
  if (!hasPublishableKey()) {
    return {}
  }
  const { handle } = await params
  const article = await getArticle(handle)
  if (!article) {
    return { title: "Article not found", robots: { index: false } }
  }
  const path = articlePath(article.handle)
  const description = truncate(article.summary || article.title, 200)
  const image = safeHttpUrl(article.hero_image)
  const authors = article.author ? [article.author.name] : undefined
  return {
    title: article.title,
    description,
    authors: article.author ? [{ name: article.author.name }] : undefined,
    alternates: { canonical: path },
    openGraph: {
      type: "article",
      title: article.title,
      description,
      url: path,
      siteName: STORE_NAME,
      publishedTime: article.published_at,
      modifiedTime: article.updated_at ?? undefined,
      section: article.topic?.name,
      authors,
      images: image ? [{ url: image, alt: article.title }] : undefined,
    },
    twitter: {
      card: image ? "summary_large_image" : "summary",
      title: article.title,
      description,
      images: image ? [image] : undefined,
    },
  }
}

async function orEmpty(promise: Promise<ArticleSummary[]>): Promise<ArticleSummary[]> {
  try {
    return await promise
  } catch (error) {
    console.error("news: a sidebar list could not be loaded", error)
    return []
  }
}

export default async function ArticlePage({ params, searchParams }: ArticlePageProps) {
  await connection()
  if (!hasPublishableKey()) {
    return <MissingKeyNotice />
  }
  const [{ handle }, query] = await Promise.all([params, searchParams])
  const article = await getArticle(handle)
  if (!article) {
    notFound()
  }

  const topicHandle = article.topic?.handle
  const [region, trending, related] = await Promise.all([
    getDefaultRegion(),
    orEmpty(listTrendingArticles(5)),
    topicHandle
      ? orEmpty(listArticles({ topic: topicHandle, page: 1, perPage: 4 }).then((page) => page.articles))
      : Promise.resolve([]),
  ])

  return (
    <ArticleTemplate
      article={article}
      url={absoluteUrl(articlePath(article.handle))}
      currencyCode={region.currency_code}
      trending={trending}
      related={related.filter((a) => a.handle !== article.handle).slice(0, 2)}
      commentPages={parseCommentsPage(query[COMMENTS_PAGE_PARAM])}
    />
  )
}
