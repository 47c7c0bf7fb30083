import { hasPublishableKey } from "@/lib/config"
import { listArticles } from "@/lib/data/news"
import { STORE_NAME } from "@/lib/site"
import { buildRss, feedUnavailable, RSS_HEADERS } from "@/modules/news/rss"
import { NEWS_DESCRIPTION, NEWS_FEED_PATH, NEWS_PATH, NEWS_TITLE } from "@/modules/news/utils"

/**
 * Cached and regenerated at most every 5 minutes (the article reads beneath are cached for 60 s,
 * which Next may use as the shorter interval). A backend failure answers 503, which is never cached.
 */
export const revalidate = 300

/** GET /news/rss.xml: the latest 20 articles as RSS 2.0. */
export async function GET(): Promise<Response> {
  if (!hasPublishableKey()) {
    return feedUnavailable()
  }
  let articles
  try {
    ;({ articles } = await listArticles({ page: 1, perPage: 20 }))
  } catch (error) {
    console.error("news: the RSS feed could not be built", error)
    return feedUnavailable()
  }
  const xml = buildRss({
    title: `${NEWS_TITLE} | ${STORE_NAME}`,
    description: NEWS_DESCRIPTION,
    path: NEWS_PATH,
    feedPath: NEWS_FEED_PATH,
    articles,
  })
  return new Response(xml, { headers: RSS_HEADERS })
}
