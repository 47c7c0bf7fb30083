"use client"

import dynamic from "next/dynamic"
import Link from "next/link"

import { useThreadReader } from "@/modules/forums/components/thread-reader"

// Only customers get the form: guests' pages never load its code.
const PostForm = dynamic(() => import("@/modules/forums/components/post-form"))

type ReplyBoxProps = { forum: string; thread: string; renderedAt: number; returnTo: string }

/** Where a customer replies (`#reply`); what every reader sees first is the guest's way in. */
export default function ReplyBox({ forum, thread, renderedAt, returnTo }: ReplyBoxProps) {
  const { reader } = useThreadReader()
  return (
    <section id="reply" aria-labelledby="reply-heading" className="mt-10 scroll-mt-24 rounded-lg border border-sand-200 bg-white p-4 sm:p-6">
      <h2 id="reply-heading" className="font-serif text-xl font-semibold text-bark-900">
        Reply
      </h2>
      {reader?.customer ? (
        <div className="mt-2">
          <p className="mb-4 text-sm text-bark-600">
            Plain text; links work. A new member&apos;s first post is read by a moderator before it appears.
          </p>
          <PostForm kind="reply" forum={forum} thread={thread} renderedAt={renderedAt} />
        </div>
      ) : (
        <p className="mt-2 text-bark-700">
          Anyone may read; our customers write.{" "}
          <Link href={`/account?next=${encodeURIComponent(returnTo)}`} className="font-semibold text-leaf-700 underline">
            Log in to reply
          </Link>
        </p>
      )}
    </section>
  )
}
