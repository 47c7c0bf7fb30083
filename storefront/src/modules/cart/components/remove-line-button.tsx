"use client"

import { useActionState } from "react"

import { removeLineItem, type ActionState } from "@/lib/data/cart"

const initialState: ActionState = { status: "idle" }

export default function RemoveLineButton({ lineId, title }: { lineId: string; title: string }) {
  const [state, formAction, isPending] = useActionState(removeLineItem, initialState)
  return (
    <form action={formAction}>
      <input type="hidden" name="line_id" value={lineId} />
      <button
        type="submit"
        disabled={isPending}
        aria-label={`Remove ${title}`}
        className="text-sm font-medium text-clay-700 underline hover:text-bark-900 disabled:cursor-wait disabled:opacity-60"
      >
        {isPending ? "Removing…" : "Remove"}
      </button>
      {state.status === "error" ? (
        <p role="alert" className="text-sm text-clay-700">
          {state.message}
        </p>
      ) : null}
    </form>
  )
}
