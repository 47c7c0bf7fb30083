"use client"

import Link from "next/link"
import { useActionState } from "react"

import SubmitButton from "@/modules/common/components/form/submit-button"
import { unfollowForumThread, type UnfollowState } from "@/modules/forums/actions"

/**
 * The button of a digest's unfollow link. Opening the page changes nothing (mail scanners open links
 * too); the reader's press stops the follow, then the page says which thread they left. Works as a
 * plain form post without JavaScript.
 */
export default function UnfollowForm({ token }: { token: string }) {
  const [state, action] = useActionState<UnfollowState, FormData>(unfollowForumThread, { status: "idle" })
  if (state.status === "done") {
    return (
      <div className="flex flex-col gap-4">
        <h1 className="font-serif text-3xl font-semibold text-bark-900">You no longer follow “{state.thread.title}”</h1>
        <p className="text-bark-700">We won&apos;t email you about new replies in this thread. You can follow it again from the thread page.</p>
        <Link href="/forums" className="font-semibold text-leaf-700 hover:underline">
          Back to the forums →
        </Link>
      </div>
    )
  }
  return (
    <form action={action} className="flex flex-col gap-4">
      <h1 className="font-serif text-3xl font-semibold text-bark-900">Stop following this thread?</h1>
      <p className="text-bark-700">You get an email when readers reply in a thread you follow, at most one an hour.</p>
      {state.status === "error" ? (
        <p role="alert" className="text-clay-700">
          {state.message}
        </p>
      ) : null}
      <input type="hidden" name="token" value={token} />
      <div>
        <SubmitButton pendingText="Stopping…">Stop the emails for this thread</SubmitButton>
      </div>
    </form>
  )
}
