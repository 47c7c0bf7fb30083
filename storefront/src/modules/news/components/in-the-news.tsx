import Link from "next/link"

import type { ArticleSummary } from "@/lib/data/news"
import CompactArticleMeta from "@/modules/news/components/compact-article-meta"
import { articlePath } from "@/modules/news/utils"

type InTheNewsProps = {
  articles: ArticleSummary[]
  /** Articles about what the product is for, offered when none features it ("Related articles"). */
  related?: boolean
}

/**
 * "In the news" on a product page: articles that feature the product, or else "Related articles"
 * about what it is for. Nothing when there are none.
 */
export default function InTheNews({ articles, related = false }: InTheNewsProps) {
  if (articles.length === 0) {
    return null
  }
  return (
    <section
      id="in-the-news"
      aria-labelledby="in-the-news-heading"
      className="mt-14 border-t border-sand-200 pt-8"
      data-testid={related ? "related-articles" : "in-the-news"}
    >
      <h2 id="in-the-news-heading" className="mb-5 font-serif text-2xl font-semibold text-bark-900">
        {related ? "Related articles" : "In the news"}
      </h2>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {articles.map((article) => (
          <li key={article.id}>
            <article className="flex h-full flex-col gap-2 rounded-lg border border-sand-200 bg-white p-4" data-testid="in-the-news-article">
              <CompactArticleMeta article={article} />
              <h3 className="font-semibold leading-snug text-bark-900">
                <Link href={articlePath(article.handle)} className="text-bark-900 no-underline hover:text-leaf-700 hover:underline">
                  {article.title}
                </Link>
              </h3>
            </article>
          </li>
        ))}
      </ul>
    </section>
  )
}
