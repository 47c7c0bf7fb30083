"use client"

import { useActionState, useState } from "react"

import { useOptimisticToggle } from "@/modules/common/components/use-optimistic-toggle"
import { toggleVote, type VoteFormState } from "@/modules/community/actions"
import { useArticleReader } from "@/modules/community/reader"
import { commentsLabel, votesLabel } from "@/modules/community/utils"

type EngagementBarProps = {
  handle: string
  /** The vote count of the cached page (the reader's own vote comes from useArticleReader). */
  votes: number
  /** Approved comments, replies included. */
  comments: number
}

function toggled(state: VoteFormState): VoteFormState {
  return { votes: Math.max(0, state.votes + (state.voted ? -1 : 1)), voted: !state.voted }
}

/**
 * The article's vote button and comment count. Voting is a Server Action: a
 * plain form POST without JavaScript; with it, the count and the pressed state
 * change at once (useOptimistic) and settle on the backend's answer. Before the
 * first vote the button shows the reader's own state once it has been fetched.
 */
export default function EngagementBar({ handle, votes, comments }: EngagementBarProps) {
  const [pageState] = useState<VoteFormState>(() => ({ votes, voted: false }))
  const [state, formAction] = useActionState(toggleVote, pageState)
  const reader = useArticleReader()
  const settled = state === pageState ? (reader?.vote ?? pageState) : state
  const [shown, onSubmit] = useOptimisticToggle(settled, toggled, formAction)

  return (
    <div
      id="article-engagement"
      data-votes={settled.votes}
      data-comments={comments}
      data-voted={settled.voted ? "true" : "false"}
      className="mt-10 flex flex-wrap items-center gap-3 border-t border-sand-200 pt-6 print:hidden"
      data-print="hide"
    >
      <form action={formAction} onSubmit={onSubmit} className="contents">
        <input type="hidden" name="handle" value={handle} />
        <button
          type="submit"
          aria-pressed={shown.voted}
          aria-label="Vote for this article"
          aria-describedby="article-vote-count"
          data-testid="vote-button"
          className={`inline-flex items-center gap-1 rounded-md border px-3 py-1.5 text-sm font-semibold transition-colors ${
            shown.voted
              ? "border-leaf-700 bg-leaf-700 text-white hover:bg-leaf-800"
              : "border-sand-300 bg-white text-bark-700 hover:border-leaf-500 hover:text-leaf-800"
          }`}
        >
          <span aria-hidden="true">▲</span>{" "}
          <span id="article-vote-count" data-testid="vote-count">
            {votesLabel(shown.votes)}
          </span>
        </button>
      </form>
      <a
        href="#comments"
        data-testid="comments-link"
        className="inline-flex items-center rounded-md border border-sand-300 bg-white px-3 py-1.5 text-sm font-medium text-bark-700 no-underline hover:border-leaf-500 hover:text-leaf-800"
      >
        {commentsLabel(comments)}
      </a>
      {state.error ? (
        <p role="alert" className="basis-full text-sm text-clay-700">
          {state.error}
        </p>
      ) : null}
    </div>
  )
}
