"use client"

import dynamic from "next/dynamic"
import Link from "next/link"

import { useHeaderStatus } from "@/modules/common/components/header-status"
import { forumPath } from "@/modules/forums/utils"

const PostForm = dynamic(() => import("@/modules/forums/components/post-form"))

/**
 * "New thread" on a forum page: the form for a logged-in customer (the header's status says who
 * reads, as the cached page can't), the way in for a guest.
 */
export default function NewThreadBox({ forum, forumName, renderedAt }: { forum: string; forumName: string; renderedAt: number }) {
  const { loggedIn } = useHeaderStatus()
  return (
    <section id="new-thread" aria-labelledby="new-thread-heading" className="mt-10 scroll-mt-24 rounded-lg border border-sand-200 bg-white p-4 sm:p-6">
      <h2 id="new-thread-heading" className="font-serif text-xl font-semibold text-bark-900">
        New thread
      </h2>
      {loggedIn ? (
        <div className="mt-2">
          <p className="mb-4 text-sm text-bark-600">
            Start a conversation in <bdi>{forumName}</bdi>. Plain text; links work. A new member&apos;s first post is read by a
            moderator before it appears.
          </p>
          <PostForm kind="thread" forum={forum} renderedAt={renderedAt} />
        </div>
      ) : (
        <p className="mt-2 text-bark-700">
          Anyone may read; our customers write.{" "}
          <Link href={`/account?next=${encodeURIComponent(`${forumPath(forum)}#new-thread`)}`} className="font-semibold text-leaf-700 underline">
            Log in to start a thread
          </Link>
        </p>
      )}
    </section>
  )
}
