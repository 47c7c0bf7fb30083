import Link from "next/link"
import type { ReactNode } from "react"

type CheckoutStepProps = {
  number: number
  title: string
  id: string
  state: "active" | "done" | "upcoming"
  /** Link to reopen a finished step. */
  editHref?: string
  summary?: ReactNode
  children?: ReactNode
}

/** One numbered section of the checkout page: its form when active, a summary + Edit when done. */
export default function CheckoutStep({ number, title, id, state, editHref, summary, children }: CheckoutStepProps) {
  return (
    <section
      aria-labelledby={`${id}-heading`}
      aria-current={state === "active" ? "step" : undefined}
      className={`rounded-lg border bg-white p-4 sm:p-5 ${state === "active" ? "border-leaf-600" : "border-sand-200"}`}
    >
      <div className="flex items-center justify-between gap-3">
        <h2 id={`${id}-heading`} className={`flex items-center gap-3 text-lg font-semibold ${state === "upcoming" ? "text-bark-400" : "text-bark-900"}`}>
          <span
            aria-hidden="true"
            className={`flex h-7 w-7 items-center justify-center rounded-full text-sm ${
              state === "done" ? "bg-leaf-700 text-white" : state === "active" ? "border-2 border-leaf-700 text-leaf-800" : "border border-sand-300"
            }`}
          >
            {state === "done" ? "✓" : number}
          </span>
          {title}
        </h2>
        {state === "done" && editHref ? (
          <Link href={editHref} className="text-sm font-medium text-leaf-700 underline">
            Edit<span className="sr-only"> {title.toLowerCase()}</span>
          </Link>
        ) : null}
      </div>
      {state === "active" ? <div className="mt-4">{children}</div> : null}
      {state === "done" && summary ? <div className="mt-3 text-sm">{summary}</div> : null}
    </section>
  )
}
