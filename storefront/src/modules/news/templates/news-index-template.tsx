import Link from "next/link"

import type { ArticlePage, ArticleSummary, Topic } from "@/lib/data/news"
import Pagination from "@/modules/common/components/pagination"
import Notice from "@/modules/common/components/notice"
import Breadcrumbs, { type Crumb } from "@/modules/common/components/breadcrumbs"
import PageHeading from "@/modules/common/components/page-heading"
import ArticleList from "@/modules/news/components/article-list"
import TopicTabs from "@/modules/news/components/topic-tabs"
import TrendingList from "@/modules/news/components/trending-list"
import { NEWS_DESCRIPTION, NEWS_PATH, NEWS_TITLE, topicPath } from "@/modules/news/utils"

type NewsIndexTemplateProps = {
  /** The topic page's topic, or null on /news. */
  topic: Topic | null
  topics: Topic[]
  result: ArticlePage
  page: number
  totalPages: number
  hrefFor: (page: number) => string
  trending: ArticleSummary[]
  /** Path of the RSS feed for this listing. */
  feedPath: string
}

/** /news and /news/topic/<handle>: topic tabs, the article list with pagination, and a trending sidebar. */
export default function NewsIndexTemplate({
  topic,
  topics,
  result,
  page,
  totalPages,
  hrefFor,
  trending,
  feedPath,
}: NewsIndexTemplateProps) {
  const crumbs: Crumb[] = [
    { label: "Home", href: "/" },
    { label: NEWS_TITLE, href: NEWS_PATH },
  ]
  if (topic) {
    crumbs.push({ label: topic.name, href: topicPath(topic.handle) })
  }
  const countLine = `${result.count} ${result.count === 1 ? "article" : "articles"}${totalPages > 1 ? ` · page ${page} of ${totalPages}` : ""}`

  return (
    <div>
      <Breadcrumbs items={crumbs} />
      <PageHeading
        eyebrow={topic ? NEWS_TITLE : undefined}
        title={topic ? topic.name : NEWS_TITLE}
        description={topic ? topic.description : NEWS_DESCRIPTION}
        meta={
          <>
            {countLine} ·{" "}
            <Link href={feedPath} className="text-leaf-700 underline" prefetch={false}>
              RSS feed
            </Link>
          </>
        }
      />
      <TopicTabs topics={topics} current={topic?.handle ?? null} />

      <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <section aria-labelledby="latest-heading" className="min-w-0">
          <h2 id="latest-heading" className="sr-only">
            {topic ? `Latest ${topic.name} articles` : "Latest articles"}
          </h2>
          {result.articles.length > 0 ? (
            <ArticleList articles={result.articles} headingLevel={3} label={topic ? `${topic.name} articles` : "Latest articles"} />
          ) : (
            <Notice title="No articles yet" headingLevel={2}>
              <p>
                Nothing has been published here yet.{" "}
                <Link href={NEWS_PATH} className="font-medium text-leaf-700 underline">
                  Read all health news
                </Link>
              </p>
            </Notice>
          )}
          <Pagination page={page} totalPages={totalPages} hrefFor={hrefFor} />
        </section>

        <aside aria-label="Trending news" className="print:hidden" data-print="hide">
          <TrendingList articles={trending} id="trending" title="Trending" className="lg:sticky lg:top-4" />
        </aside>
      </div>
    </div>
  )
}
