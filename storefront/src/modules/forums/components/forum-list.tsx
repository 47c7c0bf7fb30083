import Link from "next/link"

import type { PublicForum } from "@/lib/data/forums"
import { formatCommentDate } from "@/modules/community/utils"
import { forumPath, postsLabel, threadPath, threadsLabel } from "@/modules/forums/utils"

/** The forum index: each forum with its counts and latest post. */
export default function ForumList({ forums }: { forums: PublicForum[] }) {
  return (
    <ul className="divide-y divide-sand-200 rounded-lg border border-sand-200 bg-white" data-testid="forum-list">
      {forums.map((forum) => (
        <li key={forum.id} className="grid gap-3 p-4 sm:grid-cols-[minmax(0,1fr)_9rem_minmax(0,16rem)] sm:items-center sm:p-5" data-testid="forum">
          <div className="min-w-0">
            <h2 className="font-serif text-xl font-semibold text-bark-900">
              <Link href={forumPath(forum.handle)} className="text-leaf-800 no-underline hover:underline">
                {forum.name}
              </Link>
            </h2>
            {forum.description ? <p className="mt-1 text-sm text-bark-700">{forum.description}</p> : null}
          </div>
          <p className="text-sm text-bark-600">
            {threadsLabel(forum.thread_count)}
            <br />
            {postsLabel(forum.post_count)}
          </p>
          <div className="min-w-0 text-sm text-bark-600">
            {forum.last_post ? (
              <>
                <span className="block text-xs tracking-wide uppercase">Latest post</span>
                <Link
                  href={threadPath(forum.handle, forum.last_post.thread.handle)}
                  className="block truncate font-medium text-leaf-700 hover:underline"
                >
                  {forum.last_post.thread.title}
                </Link>
                <span>
                  by <bdi className="text-bark-900">{forum.last_post.author_name}</bdi>,{" "}
                  <time dateTime={forum.last_post.created_at}>{formatCommentDate(forum.last_post.created_at)}</time>
                </span>
              </>
            ) : (
              <span>No posts yet</span>
            )}
          </div>
        </li>
      ))}
    </ul>
  )
}
