import Link from "next/link"

import type { Topic } from "@/lib/data/news"
import { NEWS_PATH, topicPath } from "@/modules/news/utils"

type TopicTabsProps = {
  topics: Topic[]
  /** The topic being shown, or null for "All news". */
  current: string | null
}

/** Links to every topic page; the current one carries aria-current="page". */
export default function TopicTabs({ topics, current }: TopicTabsProps) {
  const tabs = [{ href: NEWS_PATH, label: "All news", handle: null as string | null }].concat(
    topics.map((topic) => ({ href: topicPath(topic.handle), label: topic.name, handle: topic.handle as string | null }))
  )
  return (
    <nav aria-label="News topics" className="mb-8 print:hidden" data-print="hide">
      <ul className="flex flex-wrap gap-2">
        {tabs.map((tab) => {
          const active = tab.handle === current
          return (
            <li key={tab.href}>
              <Link
                href={tab.href}
                aria-current={active ? "page" : undefined}
                className={
                  active
                    ? "inline-block rounded-full border border-leaf-700 bg-leaf-700 px-4 py-1.5 text-sm font-semibold text-white no-underline"
                    : "inline-block rounded-full border border-sand-300 bg-white px-4 py-1.5 text-sm font-medium text-bark-700 no-underline hover:border-leaf-400 hover:text-leaf-800"
                }
              >
                {tab.label}
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
