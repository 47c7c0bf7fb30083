"use client"

import { useActionState } from "react"

import { useOptimisticToggle } from "@/modules/common/components/use-optimistic-toggle"
import { setThreadFollow, type FollowFormState } from "@/modules/forums/actions"
import { useThreadReader } from "@/modules/forums/components/thread-reader"

/** Follow / Unfollow for a customer, from their own state (the cached page doesn't know it). */
export default function FollowButton({ thread }: { thread: string }) {
  const { reader } = useThreadReader()
  if (!reader?.customer) {
    return null
  }
  // Keyed by the fetched state, so the form starts from it.
  return <FollowForm key={String(reader.following)} thread={thread} following={reader.following} />
}

function FollowForm({ thread, following }: { thread: string; following: boolean }) {
  const [state, formAction] = useActionState(setThreadFollow, { following } satisfies FollowFormState)
  const [shown, onSubmit] = useOptimisticToggle(state.following, (current) => !current, formAction)
  return (
    <form action={formAction} onSubmit={onSubmit} className="flex flex-col items-start gap-1">
      <input type="hidden" name="thread" value={thread} />
      <input type="hidden" name="follow" value={shown ? "off" : "on"} />
      <button
        type="submit"
        aria-pressed={shown}
        data-testid="follow-button"
        className={`inline-flex items-center gap-1.5 rounded-md border border-leaf-700 px-3 py-1.5 text-sm font-medium ${
          shown ? "bg-leaf-700 text-white hover:bg-leaf-800" : "bg-white text-leaf-800 hover:bg-leaf-50"
        }`}
      >
        {/* A toggle keeps its name; pressed or not is what changes (and the check mark shows it). */}
        {shown ? <span aria-hidden="true">✓</span> : null}
        Follow this thread
      </button>
      <span className="text-xs text-bark-600">{shown ? "We email you about new replies, at most once an hour." : "Get an email when someone replies."}</span>
      {state.error ? (
        <p role="alert" className="text-sm text-clay-700">
          {state.error}
        </p>
      ) : null}
    </form>
  )
}
