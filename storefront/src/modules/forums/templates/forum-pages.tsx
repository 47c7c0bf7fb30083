import "server-only"

import { FORUM_POSTS_PER_PAGE, FORUM_THREADS_PER_PAGE } from "@supplement-store/contract"
import type { Metadata } from "next"
import Link from "next/link"
import { notFound, permanentRedirect } from "next/navigation"

import { hasPublishableKey } from "@/lib/config"
import { getForum, getForumThread, listForums } from "@/lib/data/forums"
import { absoluteUrl, STORE_NAME } from "@/lib/site"
import { totalPagesFor } from "@/lib/util/pagination"
import Breadcrumbs from "@/modules/common/components/breadcrumbs"
import JsonLd from "@/modules/common/components/json-ld"
import MissingKeyNotice from "@/modules/common/components/missing-key-notice"
import PageHeading from "@/modules/common/components/page-heading"
import Pagination from "@/modules/common/components/pagination"
import FollowButton from "@/modules/forums/components/follow-button"
import ForumList from "@/modules/forums/components/forum-list"
import NewThreadBox from "@/modules/forums/components/new-thread-box"
import PostItem from "@/modules/forums/components/post-item"
import ReplyBox from "@/modules/forums/components/reply-box"
import { ThreadReaderProvider } from "@/modules/forums/components/thread-reader"
import ThreadList from "@/modules/forums/components/thread-list"
import {
  forumFeedPath,
  forumPath,
  FORUMS_DESCRIPTION,
  FORUMS_PATH,
  FORUMS_TITLE,
  postAnchor,
  postsLabel,
  repliesLabel,
  threadFeedPath,
  threadPath,
  threadsLabel,
} from "@/modules/forums/utils"
import { truncate } from "@/modules/news/utils"

/**
 * The forums' pages: the index, a forum's threads and a thread's posts, each page of them cached
 * and shared by every reader (the routes under app/forums set `revalidate`; the backend's forum
 * events expire them at once through /api/revalidate). What is the reader's own (may they post,
 * do they follow) is asked for by the browser, so no page waits for a per-reader backend call.
 * `page` is null for a page number that isn't one: a 404, like a page past the last.
 */

const feedLinkClasses = "text-sm font-medium text-leaf-700 hover:underline"

// ---------------------------------------------------------------- the index

export const forumsIndexMetadata: Metadata = {
  title: FORUMS_TITLE,
  description: FORUMS_DESCRIPTION,
  alternates: { canonical: FORUMS_PATH },
  openGraph: { title: FORUMS_TITLE, description: FORUMS_DESCRIPTION, url: FORUMS_PATH, type: "website" },
}

export async function ForumsIndexPage() {
  if (!hasPublishableKey()) {
    return <MissingKeyNotice />
  }
  const forums = await listForums()
  return (
    <div>
      <Breadcrumbs items={[{ label: "Home", href: "/" }, { label: FORUMS_TITLE, href: FORUMS_PATH }]} />
      <PageHeading title={FORUMS_TITLE} description={FORUMS_DESCRIPTION} />
      {forums.length ? <ForumList forums={forums} /> : <p className="text-bark-700">No forums yet.</p>}
    </div>
  )
}

// ---------------------------------------------------------------- a forum

export async function forumMetadata(handle: string, page: number | null): Promise<Metadata> {
  if (!hasPublishableKey()) {
    return {}
  }
  const data = page ? await getForum(handle, page) : null
  if (!data) {
    return { title: "Forum not found", robots: { index: false } }
  }
  const { forum } = data
  const title = `${forum.name} forum`
  const description = forum.description || `Readers talk about ${forum.name}.`
  return {
    title: page && page > 1 ? `${title} (page ${page})` : title,
    description,
    alternates: {
      canonical: forumPath(forum.handle, page ?? 1),
      types: { "application/rss+xml": [{ url: forumFeedPath(forum.handle), title: `${title} RSS feed` }] },
    },
    openGraph: { title, description, url: forumPath(forum.handle), type: "website" },
  }
}

export async function ForumPage({ handle, page }: { handle: string; page: number | null }) {
  if (!hasPublishableKey()) {
    return <MissingKeyNotice />
  }
  const data = page ? await getForum(handle, page) : null
  const totalPages = data ? totalPagesFor(data.count, FORUM_THREADS_PER_PAGE) : 0
  if (!data || !page || page > totalPages) {
    notFound()
  }
  const { forum, threads } = data
  // A server component renders once per page (re)generation: this is when the form was made.
  // eslint-disable-next-line react-hooks/purity
  const renderedAt = Date.now()
  return (
    <div>
      <Breadcrumbs
        items={[
          { label: "Home", href: "/" },
          { label: FORUMS_TITLE, href: FORUMS_PATH },
          { label: forum.name, href: forumPath(forum.handle) },
        ]}
      />
      <PageHeading
        eyebrow={FORUMS_TITLE}
        title={forum.name}
        description={forum.description}
        meta={
          <>
            {threadsLabel(forum.thread_count)} · {postsLabel(forum.post_count)} ·{" "}
            <a href={forumFeedPath(forum.handle)} className={feedLinkClasses}>
              RSS feed
            </a>{" "}
            · <a href="#new-thread" className={feedLinkClasses}>New thread</a>
          </>
        }
      />
      <h2 className="sr-only">Threads</h2>
      {threads.length ? (
        <ThreadList forum={forum.handle} threads={threads} />
      ) : (
        <p className="text-bark-700">No threads yet. Start the first one below.</p>
      )}
      <Pagination page={page} totalPages={totalPages} hrefFor={(p) => forumPath(forum.handle, p)} />
      <NewThreadBox forum={forum.handle} forumName={forum.name} renderedAt={renderedAt} />
    </div>
  )
}

// ---------------------------------------------------------------- a thread

export async function threadMetadata(forumHandle: string, handle: string, page: number | null): Promise<Metadata> {
  if (!hasPublishableKey()) {
    return {}
  }
  const data = page ? await getForumThread(handle, page) : null
  if (!data || data.thread.forum.handle !== forumHandle) {
    return { title: "Thread not found", robots: { index: false } }
  }
  const { thread, posts } = data
  const description = truncate(posts[0]?.body.replace(/\s+/g, " ") ?? thread.title, 200)
  const path = threadPath(thread.forum.handle, thread.handle)
  return {
    title: page && page > 1 ? `${thread.title} (page ${page})` : thread.title,
    description,
    alternates: {
      canonical: threadPath(thread.forum.handle, thread.handle, page ?? 1),
      types: { "application/rss+xml": [{ url: threadFeedPath(thread.forum.handle, thread.handle), title: `${thread.title} RSS feed` }] },
    },
    openGraph: { title: thread.title, description, url: path, type: "article", siteName: STORE_NAME },
  }
}

export async function ThreadPage({ forum, handle, page }: { forum: string; handle: string; page: number | null }) {
  if (!hasPublishableKey()) {
    return <MissingKeyNotice />
  }
  const data = page ? await getForumThread(handle, page) : null
  if (!data || !page || (page > 1 && page > data.pages)) {
    notFound()
  }
  const { thread, posts, products } = data
  if (thread.forum.handle !== forum) {
    // Staff moved the thread: its address follows its forum.
    permanentRedirect(threadPath(thread.forum.handle, thread.handle, page))
  }
  // eslint-disable-next-line react-hooks/purity
  const renderedAt = Date.now()
  const url = absoluteUrl(threadPath(forum, thread.handle))
  return (
    <ThreadReaderProvider handle={thread.handle}>
      <Breadcrumbs
        items={[
          { label: "Home", href: "/" },
          { label: FORUMS_TITLE, href: FORUMS_PATH },
          { label: thread.forum.name, href: forumPath(forum) },
          { label: thread.title, href: threadPath(forum, thread.handle) },
        ]}
      />
      <div className="max-w-3xl">
        <header className="flex flex-col gap-2 border-b border-sand-200 pb-5">
          <h1 className="font-serif text-3xl leading-tight font-semibold break-words text-bark-900 [overflow-wrap:anywhere]">
            {thread.title}
          </h1>
          <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-bark-600">
            {thread.pinned ? <span className="rounded-full bg-leaf-100 px-2 py-0.5 text-xs font-semibold text-leaf-800">Pinned</span> : null}
            {thread.locked ? <span className="rounded-full bg-sand-100 px-2 py-0.5 text-xs font-semibold text-bark-700">Locked</span> : null}
            <span>
              In <Link href={forumPath(forum)} className="font-medium text-leaf-700 hover:underline">{thread.forum.name}</Link>
            </span>
            <span aria-hidden="true">·</span>
            <span>{repliesLabel(thread.reply_count)}</span>
            <span aria-hidden="true">·</span>
            <a href={threadFeedPath(forum, thread.handle)} className={feedLinkClasses}>
              RSS feed
            </a>
          </p>
          <FollowButton thread={thread.handle} />
        </header>

        <ol className="divide-y divide-sand-200" data-testid="forum-posts" start={(page - 1) * FORUM_POSTS_PER_PAGE + 1}>
          {posts.map((post) => (
            <li key={post.id}>
              <PostItem post={post} forum={forum} thread={thread.handle} products={products} />
            </li>
          ))}
        </ol>

        <Pagination page={page} totalPages={data.pages} hrefFor={(p) => threadPath(forum, thread.handle, p)} />

        {thread.locked ? (
          <p role="note" className="mt-10 rounded-lg border border-sand-200 bg-sand-50 p-4 text-bark-700" data-testid="thread-locked">
            This thread is locked: a moderator closed it to new replies.
          </p>
        ) : (
          <ReplyBox
            forum={forum}
            thread={thread.handle}
            renderedAt={renderedAt}
            returnTo={`${threadPath(forum, thread.handle, data.pages)}#reply`}
          />
        )}
      </div>
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "DiscussionForumPosting",
          headline: thread.title.slice(0, 110),
          url,
          mainEntityOfPage: url,
          datePublished: thread.created_at,
          author: { "@type": "Person", name: thread.author_name },
          text: page === 1 ? posts[0]?.body : undefined,
          isPartOf: { "@type": "WebPage", name: thread.forum.name, url: absoluteUrl(forumPath(forum)) },
          interactionStatistic: {
            "@type": "InteractionCounter",
            interactionType: "https://schema.org/CommentAction",
            userInteractionCount: thread.reply_count,
          },
          comment: posts
            .filter((post) => post.number > 1)
            .map((post) => ({
              "@type": "Comment",
              url: `${absoluteUrl(threadPath(forum, thread.handle, page))}#${postAnchor(post.number)}`,
              author: { "@type": "Person", name: post.author_name },
              datePublished: post.created_at,
              text: post.body,
            })),
        }}
      />
    </ThreadReaderProvider>
  )
}
