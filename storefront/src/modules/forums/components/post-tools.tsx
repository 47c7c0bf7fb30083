"use client"

import { FORUM_REPORT_REASONS, MAX_FORUM_REPORT_NOTE_LENGTH } from "@supplement-store/contract/limits"
import { useActionState, useId, useState } from "react"

import FormMessage from "@/modules/common/components/form/form-message"
import SubmitButton from "@/modules/common/components/form/submit-button"
import { reportPost, type ReportFormState } from "@/modules/forums/actions"
import { useThreadReader, type QuotedPost } from "@/modules/forums/components/thread-reader"
import { REPORT_REASON_LABELS } from "@/modules/forums/utils"

const toolClasses =
  "text-sm font-medium text-leaf-700 underline-offset-4 hover:underline focus-visible:underline disabled:cursor-not-allowed disabled:text-bark-400"

/** Quote and Report under a post: a customer's tools (shown once the browser knows who reads). */
export default function PostTools({ post }: { post: QuotedPost }) {
  const { reader, setQuote } = useThreadReader()
  const [reporting, setReporting] = useState(false)
  const reportId = useId()
  if (!reader?.customer) {
    return null
  }
  return (
    <div className="mt-2">
      <div className="flex flex-wrap gap-4">
        <button
          type="button"
          className={toolClasses}
          aria-label={`Quote post #${post.number} by ${post.author}`}
          onClick={() => {
            setQuote(post)
            const form = document.getElementById("reply")
            form?.scrollIntoView({ behavior: "smooth", block: "start" })
            form?.querySelector<HTMLTextAreaElement>("textarea")?.focus({ preventScroll: true })
          }}
        >
          Quote
        </button>
        <button
          type="button"
          className={toolClasses}
          aria-expanded={reporting}
          aria-controls={reportId}
          aria-label={`Report post #${post.number}`}
          onClick={() => setReporting((open) => !open)}
        >
          Report
        </button>
      </div>
      {reporting ? (
        <div id={reportId}>
          <ReportForm postId={post.id} number={post.number} />
        </div>
      ) : null}
    </div>
  )
}

const initialReport: ReportFormState = { status: "idle" }

function ReportForm({ postId, number }: { postId: string; number: number }) {
  const [state, formAction] = useActionState(reportPost, initialReport)
  const prefix = `report-${postId}-`
  if (state.status === "success") {
    return <FormMessage status="success" message={state.message} className="mt-2" />
  }
  return (
    <form action={formAction} aria-label={`Report post #${number}`} className="mt-3 flex max-w-md flex-col gap-3 rounded-md border border-sand-200 bg-sand-50 p-3">
      <input type="hidden" name="post_id" value={postId} />
      <div className="flex flex-col gap-1">
        <label htmlFor={`${prefix}reason`} className="text-sm font-medium text-bark-900">
          Why should a moderator look at it?
        </label>
        <select
          id={`${prefix}reason`}
          name="reason"
          required
          defaultValue={state.values?.reason ?? ""}
          aria-invalid={state.fieldErrors?.reason ? true : undefined}
          className="rounded-md border border-sand-300 bg-white px-3 py-2 text-bark-900"
        >
          <option value="" disabled>
            Choose a reason
          </option>
          {FORUM_REPORT_REASONS.map((reason) => (
            <option key={reason} value={reason}>
              {REPORT_REASON_LABELS[reason]}
            </option>
          ))}
        </select>
        {state.fieldErrors?.reason ? <p className="text-sm text-clay-700">{state.fieldErrors.reason}</p> : null}
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${prefix}note`} className="text-sm font-medium text-bark-900">
          Anything to add? <span className="font-normal text-bark-600">(optional)</span>
        </label>
        <textarea
          id={`${prefix}note`}
          name="note"
          rows={2}
          dir="auto"
          maxLength={MAX_FORUM_REPORT_NOTE_LENGTH}
          defaultValue={state.values?.note ?? ""}
          className="rounded-md border border-sand-300 bg-white px-3 py-2 text-bark-900"
        />
        {state.fieldErrors?.note ? <p className="text-sm text-clay-700">{state.fieldErrors.note}</p> : null}
      </div>
      <FormMessage status={state.status} message={state.message} />
      <div>
        <SubmitButton variant="secondary" pendingText="Sending…">
          Send report
        </SubmitButton>
      </div>
    </form>
  )
}
