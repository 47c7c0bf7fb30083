"use client"

import { useEffect, useRef } from "react"

type StartedAtFieldProps = {
  /** Set at server render time: what a reader without JavaScript sends. */
  renderedAt: number
  /** Changes when the form starts over (e.g. after a comment was sent), to take a fresh time. */
  resetKey?: unknown
}

/**
 * The hidden `started_at` of a comment form: when the reader got the form (ms
 * since epoch). Set when the form mounts in the browser; the backend treats a
 * comment sent within seconds of it as a bot's.
 */
export default function StartedAtField({ renderedAt, resetKey }: StartedAtFieldProps) {
  const field = useRef<HTMLInputElement>(null)
  // The browser's clock is read after render, and written straight into the field the form sends.
  useEffect(() => {
    if (field.current) {
      field.current.value = String(Date.now())
    }
  }, [resetKey])
  return <input ref={field} type="hidden" name="started_at" defaultValue={renderedAt} />
}
