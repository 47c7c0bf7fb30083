import Link from "next/link"

import type { ArticleSummary } from "@/lib/data/news"
import { formatArticleDate, topicPath } from "@/modules/news/utils"

type ArticleMetaProps = {
  article: Pick<ArticleSummary, "published_at" | "topic" | "author">
  /** Link the topic name (off inside cards whose title already links elsewhere is fine either way). */
  linkTopic?: boolean
  showAuthor?: boolean
  className?: string
}

/** "Topic · November 3, 2026 · Author" with a machine-readable date. */
export default function ArticleMeta({ article, linkTopic = true, showAuthor = false, className = "" }: ArticleMetaProps) {
  const date = formatArticleDate(article.published_at)
  return (
    <p className={`flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-bark-600 ${className}`}>
      {article.topic ? (
        linkTopic ? (
          <Link
            href={topicPath(article.topic.handle)}
            className="relative z-10 font-semibold text-leaf-700 no-underline hover:underline"
            data-testid="article-topic"
          >
            {article.topic.name}
          </Link>
        ) : (
          <span className="font-semibold text-leaf-700" data-testid="article-topic">
            {article.topic.name}
          </span>
        )
      ) : null}
      {article.topic && date ? <span aria-hidden="true">·</span> : null}
      {date ? <time dateTime={article.published_at}>{date}</time> : null}
      {showAuthor && article.author ? (
        <>
          <span aria-hidden="true">·</span>
          <span>{article.author.name}</span>
        </>
      ) : null}
    </p>
  )
}
