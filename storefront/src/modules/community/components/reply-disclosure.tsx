"use client"

import { useEffect, useRef, useState, type ReactNode } from "react"

type ReplyDisclosureProps = {
  /** The comment answered (builds ids). */
  commentId: string
  /** Id of the element naming the comment's author (describes the button). */
  authorId: string
  children: ReactNode
}

const TOGGLE =
  "inline-flex cursor-pointer items-center text-sm font-semibold text-leaf-700 underline-offset-4 hover:underline"

/**
 * "Reply" under a comment, opening the reply form below it. Rendered on the
 * server as <details>/<summary>, so it works without JavaScript; once the page
 * is interactive it becomes a real button with aria-expanded (keeping the
 * state if the reader already opened it).
 */
export default function ReplyDisclosure({ commentId, authorId, children }: ReplyDisclosureProps) {
  const detailsRef = useRef<HTMLDetailsElement>(null)
  const [enhanced, setEnhanced] = useState(false)
  const [open, setOpen] = useState(false)
  // Once opened, the form stays mounted (hidden when closed) so a draft or an answer isn't lost.
  const [opened, setOpened] = useState(false)
  const panelId = `reply-panel-${commentId}`

  useEffect(() => {
    const alreadyOpen = Boolean(detailsRef.current?.open)
    setOpen(alreadyOpen)
    setOpened(alreadyOpen)
    setEnhanced(true)
  }, [])

  if (!enhanced) {
    return (
      <details ref={detailsRef} className="mt-2" data-testid="reply-toggle">
        <summary className={`${TOGGLE} list-none [&::-webkit-details-marker]:hidden`}>Reply</summary>
        <div id={panelId} className="mt-3">
          {children}
        </div>
      </details>
    )
  }

  return (
    <div className="mt-2" data-testid="reply-toggle">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-describedby={authorId}
        onClick={() => {
          setOpen((value) => !value)
          setOpened(true)
        }}
        className={TOGGLE}
      >
        Reply
      </button>
      <div id={panelId} className="mt-3" hidden={!open}>
        {opened ? children : null}
      </div>
    </div>
  )
}
