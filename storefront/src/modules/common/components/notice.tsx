import type { ReactNode } from "react"

type NoticeProps = {
  title: string
  children?: ReactNode
  tone?: "info" | "warning"
  /** Heading level: h1 when the notice is the whole page, h2 when it sits inside one. */
  headingLevel?: 1 | 2
}

/** A centred, friendly message block (errors, empty states, configuration problems). */
export default function Notice({ title, children, tone = "info", headingLevel = 1 }: NoticeProps) {
  const Heading = headingLevel === 1 ? "h1" : "h2"
  const toneClasses =
    tone === "warning" ? "border-clay-700/30 bg-clay-100" : "border-leaf-200 bg-leaf-50"
  return (
    <section className={`mx-auto my-12 max-w-2xl rounded-lg border p-6 ${toneClasses}`}>
      <Heading className="mb-2 font-serif text-xl font-semibold text-bark-900">{title}</Heading>
      <div className="space-y-3 text-bark-700">{children}</div>
    </section>
  )
}
