import "server-only"

import type { Metadata } from "next"
import { notFound } from "next/navigation"

import { hasPublishableKey } from "@/lib/config"
import {
  getArticle,
  listArticles,
  listArticleSuggestedProductIds,
  listTrendingArticles,
  type ArticleSummary,
} from "@/lib/data/news"
import { listProductsByIds, type Product } from "@/lib/data/products"
import { getDefaultRegion } from "@/lib/data/regions"
import { absoluteUrl, STORE_NAME } from "@/lib/site"
import MissingKeyNotice from "@/modules/common/components/missing-key-notice"
import ArticleTemplate from "@/modules/news/templates/article-template"
import { articlePath, safeHttpUrl, truncate } from "@/modules/news/utils"

/**
 * An article page, shared by /news/[handle] (the first page of comments) and
 * /news/[handle]/comments/[page] (where next.config.ts rewrites `?comments_page=`, so that
 * "Load more comments" works without JavaScript and every page of the thread is cacheable).
 */

export async function articleMetadata(handle: string): Promise<Metadata> {
  if (!hasPublishableKey()) {
    return {}
  }
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

/** "Products for this article", for an article that features none; the page never fails because of them. */
async function productsForArticle(handle: string): Promise<Product[]> {
  try {
    return await listProductsByIds(await listArticleSuggestedProductIds(handle))
  } catch (error) {
    console.error("news: the article's suggested products could not be loaded", error)
    return []
  }
}

type ArticlePageContentProps = {
  handle: string
  /** Pages of comments to show (1 by default). */
  commentPages?: number
}

export async function ArticlePageContent({ handle, commentPages = 1 }: ArticlePageContentProps) {
  if (!hasPublishableKey()) {
    return <MissingKeyNotice />
  }
  const article = await getArticle(handle)
  if (!article) {
    notFound()
  }

  const topicHandle = article.topic?.handle
  const [region, trending, related, suggestedProducts] = await Promise.all([
    getDefaultRegion(),
    orEmpty(listTrendingArticles(5)),
    topicHandle
      ? orEmpty(listArticles({ topic: topicHandle, page: 1, perPage: 4 }).then((page) => page.articles))
      : Promise.resolve([]),
    article.featured_products.length === 0 ? productsForArticle(article.handle) : Promise.resolve([]),
  ])

  return (
    <ArticleTemplate
      article={article}
      url={absoluteUrl(articlePath(article.handle))}
      currencyCode={region.currency_code}
      trending={trending}
      related={related.filter((a) => a.handle !== article.handle).slice(0, 2)}
      suggestedProducts={suggestedProducts}
      commentPages={commentPages}
    />
  )
}
