import { FORUM_POSTS_PER_PAGE } from "@supplement-store/contract"

import { hasPublishableKey } from "@/lib/config"
import { getForumThread, type ForumThreadResponse } from "@/lib/data/forums"
import { buildThreadRss } from "@/modules/forums/rss"
import { feedUnavailable, RSS_HEADERS } from "@/modules/news/rss"

/** Cached like the newsroom's feeds; a backend failure answers 503, which is never cached. */
export const revalidate = 300

/** GET /forums/<forum>/<thread>/rss.xml: the thread's newest posts (its last page, and the one before when that is short). */
export async function GET(_request: Request, { params }: { params: Promise<{ forum: string; thread: string }> }): Promise<Response> {
  if (!hasPublishableKey()) {
    return feedUnavailable()
  }
  const { forum, thread } = await params
  let pages: ForumThreadResponse[] = []
  try {
    const first = await getForumThread(thread, 1)
    if (first && first.thread.forum.handle === forum) {
      const wanted = [first.pages - 1, first.pages].filter((page) => page > 1)
      const last = await Promise.all(wanted.map((page) => getForumThread(thread, page)))
      pages = [first, ...last.filter((page): page is ForumThreadResponse => page !== null)].slice(-2)
      // A full last page is enough; otherwise the one before it fills the feed.
      if (pages.at(-1)!.posts.length >= FORUM_POSTS_PER_PAGE) pages = pages.slice(-1)
    }
  } catch (error) {
    console.error("forums: the thread's RSS feed could not be built", error)
    return feedUnavailable()
  }
  if (!pages.length) {
    return new Response("Thread not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } })
  }
  return new Response(buildThreadRss(pages), { headers: RSS_HEADERS })
}
