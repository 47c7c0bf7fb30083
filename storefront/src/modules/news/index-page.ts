import "server-only"

import { notFound } from "next/navigation"

import { ARTICLES_PER_PAGE, listArticles, listTopics, listTrendingArticles } from "@/lib/data/news"
import { totalPagesFor } from "@/lib/util/pagination"

/** The sidebar is a nicety: a failure there never takes the page down. */
async function trendingOrEmpty() {
  try {
    return await listTrendingArticles(5)
  } catch (error) {
    console.error("news: trending articles could not be loaded", error)
    return []
  }
}

/**
 * What /news and /news/topic/<handle> show for one page of their listing: the articles (of one topic
 * when `topicHandle` is given), the topic tabs and the trending sidebar. A page past the last is a 404.
 */
export async function loadNewsIndexPage(page: number, topicHandle?: string) {
  const [result, topics, trending] = await Promise.all([
    listArticles({ topic: topicHandle, page, perPage: ARTICLES_PER_PAGE }),
    listTopics(),
    trendingOrEmpty(),
  ])
  const totalPages = totalPagesFor(result.count, result.limit)
  if (page > totalPages) {
    notFound()
  }
  return { result, topics, trending, totalPages }
}
