import "server-only"

import { Feed } from "feed"

import type { ForumThreadResponse, PublicForumThread } from "@/lib/data/forums"
import { absoluteUrl, STORE_NAME } from "@/lib/site"
import { forumFeedPath, forumPath, postHref, threadFeedPath, threadPath } from "@/modules/forums/utils"
import { truncate } from "@/modules/news/utils"

/**
 * RSS 2.0 of a forum (its threads by last activity) and of a thread (its newest posts). The feed
 * library escapes plain elements (channel title, author), but puts an item's title and description
 * in CDATA as they are (escaping only the first "]]>"), and readers render those as HTML: readers'
 * words go there HTML-escaped, so none of their `<`, `>` or `&` reaches the feed or its readers.
 */

function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
}

function newFeed(title: string, description: string, path: string, feedPath: string, updated: string | undefined): Feed {
  const link = absoluteUrl(path)
  return new Feed({
    title,
    description,
    id: link,
    link,
    language: "en",
    updated: updated ? new Date(updated) : new Date(),
    generator: false,
    copyright: `© ${new Date().getFullYear()} ${STORE_NAME}`,
    feedLinks: { rss: absoluteUrl(feedPath) },
    ttl: 5,
  })
}

export function buildForumRss(forum: { handle: string; name: string; description: string }, threads: PublicForumThread[]): string {
  const newest = [...threads].sort((a, b) => b.last_post_at.localeCompare(a.last_post_at))
  const feed = newFeed(
    `${forum.name} forum | ${STORE_NAME}`,
    forum.description || `Readers talk about ${forum.name}.`,
    forumPath(forum.handle),
    forumFeedPath(forum.handle),
    newest[0]?.last_post_at
  )
  for (const thread of newest) {
    const url = absoluteUrl(threadPath(forum.handle, thread.handle))
    feed.addItem({
      title: escapeText(thread.title),
      id: url,
      link: url,
      date: new Date(thread.last_post_at),
      description: escapeText(`Started by ${thread.author_name}; ${thread.reply_count} replies, the latest by ${thread.last_post_author}.`),
      author: [{ name: thread.author_name }],
    })
  }
  return feed.rss2()
}

/** `pages` are the thread's last pages, oldest first; the feed lists their posts newest first. */
export function buildThreadRss(pages: ForumThreadResponse[]): string {
  const { thread } = pages[0]
  const forum = thread.forum.handle
  const posts = pages.flatMap((page) => page.posts).sort((a, b) => b.number - a.number)
  const feed = newFeed(
    `${thread.title} | ${thread.forum.name} forum`,
    `New posts in "${thread.title}", a thread of the ${thread.forum.name} forum at ${STORE_NAME}.`,
    threadPath(forum, thread.handle),
    threadFeedPath(forum, thread.handle),
    posts[0]?.created_at
  )
  for (const post of posts) {
    const url = absoluteUrl(postHref(forum, thread.handle, post.number))
    feed.addItem({
      title: escapeText(`#${post.number} by ${post.author_name}`),
      id: url,
      link: url,
      date: new Date(post.created_at),
      description: escapeText(truncate(post.body, 500)),
      author: [{ name: post.author_name }],
    })
  }
  return feed.rss2()
}
