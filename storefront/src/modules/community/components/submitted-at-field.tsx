"use client"

import { useEffect, useRef } from "react"

/**
 * The hidden `submitted_at` of a comment or review form: stamped (ms since epoch, the reader's
 * clock like `started_at`) as the form is sent, so the backend sees how long the reader took to write.
 * It listens on the form itself, which hears the submit before React builds the action's FormData.
 */
export default function SubmittedAtField() {
  const field = useRef<HTMLInputElement>(null)
  useEffect(() => {
    const input = field.current
    const form = input?.form
    if (!input || !form) return
    const stamp = () => {
      input.value = String(Date.now())
    }
    form.addEventListener("submit", stamp)
    return () => form.removeEventListener("submit", stamp)
  }, [])
  return <input ref={field} type="hidden" name="submitted_at" defaultValue="" />
}
