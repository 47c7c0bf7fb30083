import { useId } from "react"

import type { NewsletterTopic } from "@/lib/data/newsletter"

type TopicCheckboxesProps = {
  topics: NewsletterTopic[]
  checked: string[]
  error?: string
  legend: string
  /** Small print under the footer's narrow column. */
  compact?: boolean
}

/** One checkbox per newsletter, named `topics` so the form posts them as a list. */
export default function TopicCheckboxes({ topics, checked, error, legend, compact = false }: TopicCheckboxesProps) {
  const errorId = useId()
  return (
    <fieldset aria-describedby={error ? errorId : undefined}>
      <legend className={compact ? "mb-1 text-sm font-medium text-bark-800" : "mb-2 font-semibold text-bark-900"}>{legend}</legend>
      <div className={compact ? "grid gap-1" : "grid gap-2 sm:grid-cols-2"}>
        {topics.map((topic) => (
          <label key={topic.handle} className="flex items-center gap-2 text-sm text-bark-700">
            <input
              type="checkbox"
              name="topics"
              value={topic.handle}
              defaultChecked={checked.includes(topic.handle)}
              className="h-4 w-4 accent-leaf-700"
            />
            {topic.title}
          </label>
        ))}
      </div>
      {error && (
        <p id={errorId} className="mt-1 text-sm text-clay-700">
          {error}
        </p>
      )}
    </fieldset>
  )
}
