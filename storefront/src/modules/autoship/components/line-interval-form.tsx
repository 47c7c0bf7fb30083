"use client"

import { useActionState } from "react"

import type { ActionState } from "@/lib/util/forms"
import { setCartLineInterval } from "@/modules/autoship/actions"
import { intervalLabel } from "@/modules/autoship/utils"

type LineIntervalFormProps = {
  lineId: string
  title: string
  intervalDays: number
  /** The plan's intervals; the line's own is offered even when the plan no longer lists it. */
  intervals: number[]
}

const initialState: ActionState = { status: "idle" }

/** An autoship cart line's interval, or "One-time purchase" to make it an ordinary line. */
export default function LineIntervalForm({ lineId, title, intervalDays, intervals }: LineIntervalFormProps) {
  const [state, formAction, isPending] = useActionState(setCartLineInterval, initialState)
  const selectId = `interval-${lineId}`
  const messageId = `interval-${lineId}-message`
  const choices = intervals.includes(intervalDays) ? intervals : [...intervals, intervalDays].sort((a, b) => a - b)

  return (
    <form action={formAction} className="flex flex-col gap-1">
      <input type="hidden" name="line_id" value={lineId} />
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={selectId} className="sr-only">
          How often {title} ships
        </label>
        <select
          id={selectId}
          name="interval_days"
          defaultValue={intervalDays}
          aria-describedby={messageId}
          className="rounded-md border border-sand-300 bg-white px-2 py-1.5 text-sm text-bark-900"
        >
          {choices.map((days) => (
            <option key={days} value={days}>
              {intervalLabel(days)}
            </option>
          ))}
          <option value="">One-time purchase</option>
        </select>
        <button
          type="submit"
          disabled={isPending}
          className="rounded-md border border-leaf-700 px-3 py-1.5 text-sm font-medium text-leaf-800 hover:bg-leaf-50 disabled:cursor-wait disabled:opacity-60"
        >
          {isPending ? "Changing…" : "Change"}
        </button>
      </div>
      <p id={messageId} aria-live="polite" className="text-sm">
        {!isPending && state.status === "error" ? <span className="font-medium text-clay-700">{state.message}</span> : null}
      </p>
    </form>
  )
}
