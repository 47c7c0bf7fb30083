import { hasPublishableKey } from "@/lib/config"
import { getTopic, listArticles } from "@/lib/data/news"
import { STORE_NAME } from "@/lib/site"
import { buildRss, feedUnavailable, RSS_HEADERS } from "@/modules/news/rss"
import { NEWS_TITLE, topicFeedPath, topicPath } from "@/modules/news/utils"

/**
 * Cached and regenerated at most every 5 minutes (the article reads beneath are cached for 60 s,
 * which Next may use as the shorter interval). A backend failure answers 503, which is never cached.
 */
export const revalidate = 300

/** GET /news/topic/<handle>/rss.xml: the topic's latest 20 articles as RSS 2.0; 404 for an unknown topic. */
export async function GET(_request: Request, { params }: { params: Promise<{ handle: string }> }): Promise<Response> {
  if (!hasPublishableKey()) {
    return feedUnavailable()
  }
  const { handle } = await params
  let topic
  let articles
  try {
    topic = await getTopic(handle)
    if (topic) {
      ;({ articles } = await listArticles({ topic: topic.handle, page: 1, perPage: 20 }))
    }
  } catch (error) {
    console.error("news: the topic RSS feed could not be built", error)
    return feedUnavailable()
  }
  if (!topic || !articles) {
    return new Response("Topic not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } })
  }
  const xml = buildRss({
    title: `${topic.name}: ${NEWS_TITLE} | ${STORE_NAME}`,
    description: topic.description ?? `The latest ${topic.name} articles.`,
    path: topicPath(topic.handle),
    feedPath: topicFeedPath(topic.handle),
    articles,
  })
  return new Response(xml, { headers: RSS_HEADERS })
}
