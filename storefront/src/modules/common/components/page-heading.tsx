import type { ReactNode } from "react"

type PageHeadingProps = {
  title: string
  /** Plain text (backend descriptions are never rendered as HTML). */
  description?: string | null
  /** A line under the description, e.g. the result count. */
  meta?: ReactNode
  eyebrow?: ReactNode
}

export default function PageHeading({ title, description, meta, eyebrow }: PageHeadingProps) {
  return (
    <div className="mb-8 max-w-3xl">
      {eyebrow ? <p className="mb-1 text-sm font-semibold tracking-wide text-leaf-700 uppercase">{eyebrow}</p> : null}
      <h1 className="font-serif text-3xl font-semibold text-bark-900 sm:text-4xl">{title}</h1>
      {description ? <p className="mt-3 text-lg leading-relaxed text-bark-700">{description}</p> : null}
      {meta ? <p className="mt-2 text-sm text-bark-600">{meta}</p> : null}
    </div>
  )
}
