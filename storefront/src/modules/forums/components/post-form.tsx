"use client"

import { MAX_FORUM_POST_LENGTH, MAX_FORUM_THREAD_TITLE_LENGTH } from "@supplement-store/contract/limits"
import { useActionState, useEffect, useRef, useState } from "react"

import FormField from "@/modules/common/components/form/form-field"
import FormMessage from "@/modules/common/components/form/form-message"
import SubmitButton from "@/modules/common/components/form/submit-button"
import TextareaField from "@/modules/common/components/form/textarea-field"
import HoneypotField from "@/modules/community/components/honeypot-field"
import StartedAtField from "@/modules/community/components/started-at-field"
import SubmittedAtField from "@/modules/community/components/submitted-at-field"
import { createPost, createThread, type ForumPostFormState } from "@/modules/forums/actions"
import { useThreadReader } from "@/modules/forums/components/thread-reader"

type PostFormProps = {
  /** Server time when the page was rendered (the `started_at` of readers without JavaScript). */
  renderedAt: number
} & ({ kind: "thread"; forum: string } | { kind: "reply"; forum: string; thread: string })

const initialState: ForumPostFormState = { status: "idle" }

/**
 * A customer's new thread or reply. Works as a plain POST without JavaScript; with it, shows the
 * outcome in place: field errors under their fields, "waiting for a moderator" after a first post
 * (the form then starts over), or, for a live post, the post itself on its page. Carries the
 * honeypot and the writing time the backend uses against bots, as the comment form does.
 */
export default function PostForm(props: PostFormProps) {
  const { renderedAt, kind, forum } = props
  const { quote, setQuote } = useThreadReader()
  const [state, formAction] = useActionState(kind === "thread" ? createThread : createPost, initialState)
  const formRef = useRef<HTMLFormElement>(null)
  const bodyRef = useRef<HTMLTextAreaElement>(null)
  const [length, setLength] = useState(state.values?.body?.length ?? 0)
  const errors = state.fieldErrors ?? {}
  // After a post was accepted the form starts over; after a refusal it keeps what was typed.
  const values = state.status === "success" ? {} : (state.values ?? {})

  useEffect(() => {
    setLength(bodyRef.current?.value.length ?? 0)
    if (state.status === "success") {
      setQuote(null)
    }
    if (state.status === "error" && Object.keys(state.fieldErrors ?? {}).length > 0) {
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
    }
  }, [state, setQuote])

  const remaining = MAX_FORUM_POST_LENGTH - length
  const prefix = kind === "thread" ? "thread-" : "reply-"

  return (
    <form
      ref={formRef}
      key={state.sentAt}
      action={formAction}
      noValidate
      aria-label={kind === "thread" ? "Start a thread" : "Reply to the thread"}
      data-testid={kind === "thread" ? "new-thread-form" : "reply-form"}
      className="relative flex flex-col gap-4"
    >
      <input type="hidden" name="forum" value={forum} />
      {props.kind === "reply" ? <input type="hidden" name="thread" value={props.thread} /> : null}
      <StartedAtField renderedAt={renderedAt} resetKey={state.sentAt} />
      <SubmittedAtField />

      {kind === "thread" ? (
        <FormField
          idPrefix={prefix}
          name="title"
          label="Title"
          maxLength={MAX_FORUM_THREAD_TITLE_LENGTH}
          required
          defaultValue={values.title ?? ""}
          error={errors.title}
        />
      ) : null}

      {kind === "reply" && quote ? (
        <div className="rounded-md border border-sand-200 bg-sand-50 p-3 text-sm" data-testid="reply-quote">
          <input type="hidden" name="quote_post_id" value={quote.id} />
          <p className="font-medium text-bark-700">
            Quoting #{quote.number} by <bdi className="font-semibold text-bark-900">{quote.author}</bdi>
          </p>
          <p dir="auto" className="mt-1 line-clamp-3 break-words whitespace-pre-wrap text-bark-700 [overflow-wrap:anywhere]">
            {quote.excerpt}
          </p>
          <button type="button" onClick={() => setQuote(null)} className="mt-2 text-sm font-medium text-clay-700 underline hover:text-bark-900">
            Remove quote
          </button>
        </div>
      ) : null}

      <TextareaField
        ref={bodyRef}
        id={`${prefix}body`}
        label={kind === "thread" ? "Your post" : "Your reply"}
        name="body"
        rows={kind === "thread" ? 8 : 5}
        maxLength={MAX_FORUM_POST_LENGTH}
        defaultValue={values.body ?? ""}
        onChange={(event) => setLength(event.target.value.length)}
        error={errors.body}
        counterClassName={`text-right text-xs ${remaining < 200 ? "font-semibold text-clay-700" : "text-bark-600"}`}
        counter={`${length} / ${MAX_FORUM_POST_LENGTH} characters`}
      />

      <label className="flex items-start gap-2 text-sm text-bark-700">
        <input type="checkbox" name="follow" defaultChecked={state.status === "error" ? values.follow === "on" : true} className="mt-0.5 h-4 w-4 accent-leaf-700" />
        <span>Email me when someone replies (at most one email an hour)</span>
      </label>

      <HoneypotField idPrefix={prefix} />

      <FormMessage status={state.status} message={state.message} />

      <div>
        <SubmitButton pendingText="Posting…">{kind === "thread" ? "Start thread" : "Post reply"}</SubmitButton>
      </div>
    </form>
  )
}
