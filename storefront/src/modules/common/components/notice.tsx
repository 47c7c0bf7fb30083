import type { ReactNode } from "react"

type NoticeProps = {
  title: string
  children?: ReactNode
  tone?: "info" | "warning"
}

/** A centred, friendly message block (errors, empty states, configuration problems). */
export default function Notice({ title, children, tone = "info" }: NoticeProps) {
  const toneClasses =
    tone === "warning" ? "border-clay-700/30 bg-clay-100" : "border-leaf-200 bg-leaf-50"
  return (
    <section className={`mx-auto my-12 max-w-2xl rounded-lg border p-6 ${toneClasses}`}>
      <h1 className="mb-2 font-serif text-xl font-semibold text-bark-900">{title}</h1>
      <div className="space-y-3 text-bark-700">{children}</div>
    </section>
  )
}
