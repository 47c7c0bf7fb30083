import type { MetadataRoute } from "next"
import { connection } from "next/server"

import { hasPublishableKey } from "@/lib/config"
import { listBrands } from "@/lib/data/brands"
import { listCategories } from "@/lib/data/categories"
import { listCollections } from "@/lib/data/collections"
import { listForums, listThreadsForSitemap } from "@/lib/data/forums"
import { listAllArticleHandles, listTopics } from "@/lib/data/news"
import { listProductHandles } from "@/lib/data/products"
import { absoluteUrl } from "@/lib/site"
import { forumPath, threadPath } from "@/modules/forums/utils"

const STATIC_PATHS = [
  "/",
  "/store",
  "/news",
  "/forums",
  "/brands",
  "/categories",
  // The store's own pages and forms.
  "/our-story",
  "/help",
  "/guarantee",
  "/terms",
  "/privacy",
  "/contact",
  "/affiliate-program",
  "/wholesale",
  "/vendor-inquiries",
]

/** Settles to the value, or to an empty list when the backend can't be reached. */
async function orEmpty<T>(promise: Promise<T[]>): Promise<T[]> {
  try {
    return await promise
  } catch (error) {
    console.error("sitemap: part of the catalogue could not be listed", error)
    return []
  }
}

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  // Built per request (from cached catalogue responses), never at build time.
  await connection()

  const entries: MetadataRoute.Sitemap = STATIC_PATHS.map((path) => ({
    url: absoluteUrl(path),
    changeFrequency: "daily",
    priority: path === "/" ? 1 : 0.8,
  }))

  if (!hasPublishableKey()) {
    return entries
  }

  const [categories, collections, brands, products, topics, articles, forums, threads] = await Promise.all([
    orEmpty(listCategories()),
    orEmpty(listCollections()),
    orEmpty(listBrands()),
    orEmpty(listProductHandles()),
    orEmpty(listTopics()),
    orEmpty(listAllArticleHandles()),
    orEmpty(listForums()),
    orEmpty(listThreadsForSitemap()),
  ])

  for (const category of categories) {
    entries.push({ url: absoluteUrl(`/categories/${encodeURIComponent(category.handle)}`), changeFrequency: "weekly", priority: 0.7 })
  }
  for (const collection of collections) {
    entries.push({ url: absoluteUrl(`/collections/${encodeURIComponent(collection.handle)}`), changeFrequency: "daily", priority: 0.7 })
  }
  for (const brand of brands.filter((b) => b.product_count > 0)) {
    entries.push({ url: absoluteUrl(`/brands/${encodeURIComponent(brand.handle)}`), changeFrequency: "weekly", priority: 0.6 })
  }
  for (const product of products) {
    entries.push({
      url: absoluteUrl(`/products/${encodeURIComponent(product.handle)}`),
      lastModified: product.updatedAt,
      changeFrequency: "weekly",
      priority: 0.6,
    })
  }
  for (const topic of topics) {
    entries.push({ url: absoluteUrl(`/news/topic/${encodeURIComponent(topic.handle)}`), changeFrequency: "daily", priority: 0.6 })
  }
  for (const article of articles) {
    entries.push({
      url: absoluteUrl(`/news/${encodeURIComponent(article.handle)}`),
      lastModified: article.publishedAt,
      changeFrequency: "weekly",
      priority: 0.6,
    })
  }
  for (const forum of forums) {
    entries.push({ url: absoluteUrl(forumPath(forum.handle)), lastModified: forum.last_post?.created_at, changeFrequency: "daily", priority: 0.5 })
  }
  for (const thread of threads) {
    entries.push({ url: absoluteUrl(threadPath(thread.forum, thread.thread)), lastModified: thread.lastPostAt, changeFrequency: "weekly", priority: 0.4 })
  }
  return entries
}
