"use client"

import { useActionState, useEffect, useRef, useState } from "react"

import { postComment, type CommentFormState } from "@/modules/community/actions"
import { MAX_COMMENT_LENGTH } from "@supplement-store/contract/limits"
import FormField from "@/modules/common/components/form/form-field"
import FormMessage from "@/modules/common/components/form/form-message"
import SubmitButton from "@/modules/common/components/form/submit-button"
import TextareaField from "@/modules/common/components/form/textarea-field"
import HoneypotField from "@/modules/community/components/honeypot-field"
import StartedAtField from "@/modules/community/components/started-at-field"
import SubmittedAtField from "@/modules/community/components/submitted-at-field"
import { GUEST_VIEWER, useArticleReader } from "@/modules/community/reader"

type CommentFormProps = {
  handle: string
  /** Server time when the page was rendered (the `started_at` of readers without JavaScript). */
  renderedAt: number
  /** Set for a reply: the comment answered and its author. */
  parentId?: string
  replyTo?: string
}

const initialState: CommentFormState = { status: "idle" }

/**
 * A comment (or reply) form. Works as a plain POST without JavaScript; with
 * it, shows the outcome in place. Field errors (ours, or the backend's
 * "<field>: <problem>") sit under their fields; rate limits and duplicates go
 * to the general message. Includes the honeypot (`website`) and the time the
 * form was opened (`started_at`), which the backend uses against bots.
 */
export default function CommentForm({ handle, renderedAt, parentId, replyTo }: CommentFormProps) {
  const viewer = useArticleReader()?.viewer ?? GUEST_VIEWER
  const [state, formAction] = useActionState(postComment, initialState)
  const formRef = useRef<HTMLFormElement>(null)
  const bodyRef = useRef<HTMLTextAreaElement>(null)
  const [length, setLength] = useState(state.values?.body?.length ?? 0)

  const prefix = parentId ? `reply-${parentId}-` : "comment-"
  const errors = state.fieldErrors ?? {}
  const values = state.values ?? {}
  const showName = !viewer.customer || !viewer.name
  const showEmail = !viewer.customer
  // A field error for a field this form doesn't show (shouldn't happen) still reaches the reader.
  const shown = new Set(["body", ...(showName ? ["author_name"] : []), ...(showEmail ? ["email"] : [])])
  const orphanErrors = Object.entries(errors).filter(([field, message]) => message && !shown.has(field))
  const generalMessage = state.message ?? (orphanErrors.length > 0 ? orphanErrors.map(([, m]) => m).join(" ") : undefined)

  // After each answer the form is reset to the values the server sent back (no body after a success).
  useEffect(() => {
    setLength(bodyRef.current?.value.length ?? 0)
    if (state.status === "error" && state.fieldErrors && Object.keys(state.fieldErrors).length > 0) {
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
    }
  }, [state])

  const remaining = MAX_COMMENT_LENGTH - length

  return (
    <form
      ref={formRef}
      action={formAction}
      noValidate
      aria-label={parentId ? `Reply to ${replyTo ?? "comment"}` : "Write a comment"}
      data-testid={parentId ? "reply-form" : "comment-form"}
      className="relative flex flex-col gap-4"
    >
      <input type="hidden" name="handle" value={handle} />
      {parentId ? <input type="hidden" name="parent_id" value={parentId} /> : null}
      <StartedAtField renderedAt={renderedAt} resetKey={state.sentAt} />
      <SubmittedAtField />

      {viewer.customer && viewer.name ? (
        <p className="text-sm text-bark-600" data-testid="commenting-as">
          Commenting as{" "}
          <bdi className="font-semibold break-words text-bark-900 [overflow-wrap:anywhere]">{viewer.name}</bdi>
        </p>
      ) : null}

      {showName || showEmail ? (
        <div className="grid gap-4 sm:grid-cols-2">
          {showName ? (
            <FormField
              idPrefix={prefix}
              name="author_name"
              label="Name"
              autoComplete="name"
              maxLength={80}
              required
              defaultValue={values.author_name ?? ""}
              error={errors.author_name}
            />
          ) : null}
          {showEmail ? (
            <FormField
              idPrefix={prefix}
              name="email"
              label="Email"
              type="email"
              autoComplete="email"
              maxLength={254}
              required
              hint="Never shown. We only use it to tell you about replies if you ask."
              defaultValue={values.email ?? ""}
              error={errors.email}
            />
          ) : null}
        </div>
      ) : null}

      <TextareaField
        ref={bodyRef}
        id={`${prefix}body`}
        label="Comment"
        name="body"
        rows={parentId ? 3 : 5}
        maxLength={MAX_COMMENT_LENGTH}
        defaultValue={values.body ?? ""}
        onChange={(event) => setLength(event.target.value.length)}
        error={errors.body}
        counterTestId="comment-counter"
        counterClassName={`text-right text-xs ${remaining < 100 ? "font-semibold text-clay-700" : "text-bark-600"}`}
        counter={`${length} / ${MAX_COMMENT_LENGTH} characters`}
      />

      <label className="flex items-start gap-2 text-sm text-bark-700">
        <input
          type="checkbox"
          name="notify_on_reply"
          defaultChecked={values.notify_on_reply === "on"}
          className="mt-0.5 h-4 w-4 accent-leaf-700"
        />
        {/* Worded without "email": the Email field stays the only control found by that label. */}
        <span>Notify me when someone replies</span>
      </label>

      <HoneypotField idPrefix={prefix} />

      <FormMessage status={state.status} message={generalMessage} />

      <div>
        <SubmitButton pendingText="Posting…">Post comment</SubmitButton>
      </div>
    </form>
  )
}
