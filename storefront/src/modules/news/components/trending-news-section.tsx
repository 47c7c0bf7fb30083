import Link from "next/link"

import type { ArticleSummary } from "@/lib/data/news"
import CompactArticleMeta from "@/modules/news/components/compact-article-meta"
import { articlePath } from "@/modules/news/utils"

/** The home page's "Trending News": the most read articles, each with topic and date. */
export default function TrendingNewsSection({ articles }: { articles: ArticleSummary[] }) {
  if (articles.length === 0) {
    return null
  }
  return (
    <section id="trending-news" aria-labelledby="trending-news-heading" className="mt-14">
      <div className="mb-5 flex flex-wrap items-end justify-between gap-x-6 gap-y-2">
        <div>
          <h2 id="trending-news-heading" className="font-serif text-2xl font-semibold text-bark-900">
            Trending News
          </h2>
          <p className="mt-1 text-bark-600">What readers are following in health research this week.</p>
        </div>
        <Link href="/news" className="font-semibold text-leaf-700 hover:text-leaf-800">
          All health news →
        </Link>
      </div>
      <ol className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
        {articles.map((article, index) => (
          <li key={article.id} className="h-full" data-testid="trending-item">
            <article className="flex h-full gap-3 rounded-lg border border-sand-200 bg-white p-4 shadow-sm lg:flex-col">
              <span aria-hidden="true" className="font-serif text-3xl leading-none font-semibold text-leaf-400">
                {index + 1}
              </span>
              <div className="flex min-w-0 flex-col gap-2">
                <CompactArticleMeta article={article} />
                <h3 className="font-semibold leading-snug text-bark-900">
                  <Link
                    href={articlePath(article.handle)}
                    className="text-bark-900 no-underline hover:text-leaf-700 hover:underline"
                  >
                    {article.title}
                  </Link>
                </h3>
              </div>
            </article>
          </li>
        ))}
      </ol>
    </section>
  )
}
