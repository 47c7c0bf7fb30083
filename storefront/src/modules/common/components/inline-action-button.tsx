"use client"

import { useActionState } from "react"

type ActionResult = { status: string; message?: string }

type InlineActionButtonProps<S extends ActionResult> = {
  /** A server action taking the hidden `fields` as form data. */
  action: (state: Awaited<S>, formData: FormData) => Promise<S>
  initialState: Awaited<S>
  fields: Record<string, string>
  label: string
  pendingLabel: string
  ariaLabel: string
}

/** A one-click form (remove a line, delete an address): a link-styled button and its error, if any. */
export default function InlineActionButton<S extends ActionResult>({
  action,
  initialState,
  fields,
  label,
  pendingLabel,
  ariaLabel,
}: InlineActionButtonProps<S>) {
  const [state, formAction, isPending] = useActionState(action, initialState)
  return (
    <form action={formAction}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button
        type="submit"
        disabled={isPending}
        aria-label={ariaLabel}
        className="text-sm font-medium text-clay-700 underline hover:text-bark-900 disabled:cursor-wait disabled:opacity-60"
      >
        {isPending ? pendingLabel : label}
      </button>
      {state.status === "error" ? (
        <p role="alert" className="text-sm text-clay-700">
          {state.message}
        </p>
      ) : null}
    </form>
  )
}
