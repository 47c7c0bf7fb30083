import Link from "next/link"

import type { ForumProductMention, PublicForumPost } from "@/lib/data/forums"
import { formatCommentDate } from "@/modules/community/utils"
import PostText from "@/modules/forums/components/post-text"
import PostTools from "@/modules/forums/components/post-tools"
import { postAnchor, postHref } from "@/modules/forums/utils"
import { truncate } from "@/modules/news/utils"

type PostItemProps = {
  post: PublicForumPost
  forum: string
  thread: string
  products: Record<string, ForumProductMention>
}

/** One post of a thread, numbered and anchored (`#post-<n>`), with the post it quotes. */
export default function PostItem({ post, forum, thread, products }: PostItemProps) {
  const anchor = postAnchor(post.number)
  const authorId = `${anchor}-author`
  return (
    <article id={anchor} aria-labelledby={authorId} data-testid="forum-post" data-number={post.number} className="min-w-0 scroll-mt-24 py-5">
      <header className="flex min-w-0 flex-wrap items-baseline gap-x-3 gap-y-0.5">
        <bdi id={authorId} className="min-w-0 font-semibold break-words text-bark-900 [overflow-wrap:anywhere]" data-testid="post-author">
          {post.author_name}
        </bdi>
        <time dateTime={post.created_at} className="text-xs text-bark-600">
          {formatCommentDate(post.created_at)}
        </time>
        <a href={`#${anchor}`} className="ml-auto text-xs text-bark-600 hover:text-leaf-700" aria-label={`Link to post #${post.number}`}>
          #{post.number}
        </a>
      </header>
      {post.quote ? (
        <blockquote className="mt-2 border-l-4 border-leaf-200 bg-sand-50 px-3 py-2 text-sm text-bark-700" data-testid="post-quote">
          <p className="mb-1 font-medium">
            <Link href={postHref(forum, thread, post.quote.number)} className="text-leaf-700 hover:underline">
              <bdi>{post.quote.author_name}</bdi> wrote (#{post.quote.number}):
            </Link>
          </p>
          <PostText text={post.quote.body} />
        </blockquote>
      ) : null}
      <PostText text={post.body} products={products} className="mt-2 text-bark-900" testId="post-body" />
      <PostTools post={{ id: post.id, number: post.number, author: post.author_name, excerpt: truncate(post.body, 300) }} />
    </article>
  )
}
