import Link from "next/link"

import type { ArticleSummary } from "@/lib/data/news"
import ArticleImage from "@/modules/news/components/article-image"
import ArticleMeta from "@/modules/news/components/article-meta"
import { articlePath } from "@/modules/news/utils"

type ArticleCardProps = {
  article: ArticleSummary
  /** h2 directly under the page's h1, h3 under a section heading. */
  headingLevel?: 2 | 3
  showSummary?: boolean
}

/** A teaser: image (when there is one), topic and date, title and summary. */
export default function ArticleCard({ article, headingLevel = 2, showSummary = true }: ArticleCardProps) {
  const Heading = headingLevel === 2 ? "h2" : "h3"
  return (
    <article
      className="flex h-full flex-col overflow-hidden rounded-lg border border-sand-200 bg-white shadow-sm"
      data-testid="article-card"
      data-handle={article.handle}
    >
      <ArticleImage src={article.hero_image} sizes="(min-width: 1024px) 33vw, (min-width: 640px) 50vw, 100vw" />
      <div className="flex flex-1 flex-col gap-2 p-4 sm:p-5">
        <ArticleMeta article={article} />
        <Heading className="font-serif text-xl leading-snug font-semibold text-bark-900">
          <Link href={articlePath(article.handle)} className="text-bark-900 no-underline hover:text-leaf-700 hover:underline">
            {article.title}
          </Link>
        </Heading>
        {showSummary && article.summary ? <p className="leading-relaxed text-bark-700">{article.summary}</p> : null}
        {article.author ? <p className="mt-auto pt-1 text-sm text-bark-600">By {article.author.name}</p> : null}
      </div>
    </article>
  )
}
