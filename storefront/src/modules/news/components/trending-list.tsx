import Link from "next/link"

import type { ArticleSummary } from "@/lib/data/news"
import CompactArticleMeta from "@/modules/news/components/compact-article-meta"
import { articlePath } from "@/modules/news/utils"

type TrendingListProps = {
  articles: ArticleSummary[]
  /** Used for the heading's id (one per page). */
  id?: string
  title?: string
  headingLevel?: 2 | 3
  /** Show "All health news →" under the list (the home page). */
  showMoreLink?: boolean
  className?: string
}

/** A numbered list of the most read articles, with topic and date. */
export default function TrendingList({
  articles,
  id = "trending",
  title = "Trending",
  headingLevel = 2,
  showMoreLink = false,
  className = "",
}: TrendingListProps) {
  if (articles.length === 0) {
    return null
  }
  const Heading = headingLevel === 2 ? "h2" : "h3"
  const headingId = `${id}-heading`
  return (
    <section
      id={id}
      aria-labelledby={headingId}
      data-print="hide"
      className={`rounded-lg border border-sand-200 bg-white p-5 print:hidden ${className}`}
    >
      <Heading id={headingId} className="mb-4 font-serif text-xl font-semibold text-bark-900">
        {title}
      </Heading>
      <ol className="flex flex-col divide-y divide-sand-200">
        {articles.map((article, index) => (
          <li key={article.id} className="flex gap-3 py-3 first:pt-0 last:pb-0" data-testid="trending-item">
            <span aria-hidden="true" className="w-6 shrink-0 font-serif text-2xl leading-none font-semibold text-leaf-400">
              {index + 1}
            </span>
            <div className="min-w-0">
              <Link
                href={articlePath(article.handle)}
                className="font-semibold leading-snug text-bark-900 no-underline hover:text-leaf-700 hover:underline"
              >
                {article.title}
              </Link>
              <CompactArticleMeta article={article} className="mt-1" />
            </div>
          </li>
        ))}
      </ol>
      {showMoreLink ? (
        <p className="mt-4 border-t border-sand-200 pt-3">
          <Link href="/news" className="font-semibold text-leaf-700 hover:text-leaf-800">
            All health news →
          </Link>
        </p>
      ) : null}
    </section>
  )
}
