import Link from "next/link"

import type { ArticleSummary } from "@/lib/data/news"
import { formatArticleDate, topicPath } from "@/modules/news/utils"

type CompactArticleMetaProps = {
  article: Pick<ArticleSummary, "published_at" | "topic">
  className?: string
}

/** "Topic · date" in the compact article lists (trending, in the news); the date wraps together with its dot. */
export default function CompactArticleMeta({ article, className = "" }: CompactArticleMetaProps) {
  return (
    <p className={`flex flex-wrap gap-x-2 text-xs text-bark-600 ${className}`}>
      {article.topic ? (
        <Link href={topicPath(article.topic.handle)} className="font-semibold text-leaf-700 no-underline hover:underline">
          {article.topic.name}
        </Link>
      ) : null}
      <span className="whitespace-nowrap">
        {article.topic ? <span aria-hidden="true">· </span> : null}
        <time dateTime={article.published_at}>{formatArticleDate(article.published_at)}</time>
      </span>
    </p>
  )
}
