import { hasPublishableKey } from "@/lib/config"
import { getForum } from "@/lib/data/forums"
import { buildForumRss } from "@/modules/forums/rss"
import { feedUnavailable, RSS_HEADERS } from "@/modules/news/rss"

/** Cached like the newsroom's feeds; a backend failure answers 503, which is never cached. */
export const revalidate = 300

/** GET /forums/<forum>/rss.xml: the forum's most recently active threads; 404 for an unknown forum. */
export async function GET(_request: Request, { params }: { params: Promise<{ forum: string }> }): Promise<Response> {
  if (!hasPublishableKey()) {
    return feedUnavailable()
  }
  let data
  try {
    data = await getForum((await params).forum, 1)
  } catch (error) {
    console.error("forums: the forum's RSS feed could not be built", error)
    return feedUnavailable()
  }
  if (!data) {
    return new Response("Forum not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } })
  }
  return new Response(buildForumRss(data.forum, data.threads), { headers: RSS_HEADERS })
}
