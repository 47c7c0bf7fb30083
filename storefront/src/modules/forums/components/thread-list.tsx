import Link from "next/link"

import type { PublicForumThread } from "@/lib/data/forums"
import { formatCommentDate } from "@/modules/community/utils"
import { repliesLabel, threadPages, threadPath } from "@/modules/forums/utils"

const badgeClasses = "rounded-full px-2 py-0.5 text-xs font-semibold"

/** A forum's threads (pinned first, then by last activity, as the backend orders them). */
export default function ThreadList({ forum, threads }: { forum: string; threads: PublicForumThread[] }) {
  return (
    <ol className="divide-y divide-sand-200 rounded-lg border border-sand-200 bg-white" data-testid="thread-list">
      {threads.map((thread) => {
        const pages = threadPages(thread.last_number)
        return (
          <li key={thread.id} className="grid gap-2 p-4 sm:grid-cols-[minmax(0,1fr)_7rem_minmax(0,13rem)] sm:items-center" data-testid="thread">
            <div className="min-w-0">
              <h3 className="flex flex-wrap items-center gap-2 font-semibold text-bark-900">
                {thread.pinned ? <span className={`${badgeClasses} bg-leaf-100 text-leaf-800`}>Pinned</span> : null}
                {thread.locked ? <span className={`${badgeClasses} bg-sand-100 text-bark-700`}>Locked</span> : null}
                <Link href={threadPath(forum, thread.handle)} className="min-w-0 break-words text-leaf-800 [overflow-wrap:anywhere] hover:underline">
                  {thread.title}
                </Link>
              </h3>
              <p className="mt-0.5 text-sm text-bark-600">
                by <bdi className="text-bark-900">{thread.author_name}</bdi>,{" "}
                <time dateTime={thread.created_at}>{formatCommentDate(thread.created_at)}</time>
                {pages > 1 ? (
                  <>
                    {" · "}
                    <Link href={threadPath(forum, thread.handle, pages)} className="text-leaf-700 hover:underline">
                      last page ({pages})
                    </Link>
                  </>
                ) : null}
              </p>
            </div>
            <p className="text-sm text-bark-600">{repliesLabel(thread.reply_count)}</p>
            <p className="text-sm text-bark-600">
              <span className="block text-xs tracking-wide uppercase">Last activity</span>
              <time dateTime={thread.last_post_at}>{formatCommentDate(thread.last_post_at)}</time>
              <span className="block">
                by <bdi className="text-bark-900">{thread.last_post_author}</bdi>
              </span>
            </p>
          </li>
        )
      })}
    </ol>
  )
}
