import Link from "next/link"

import type { Article, ArticleSummary } from "@/lib/data/news"
import type { Product } from "@/lib/data/products"
import FeaturedClickRecorder from "@/modules/attribution/components/featured-click-recorder"
import { ArticleComments, ArticleEngagement } from "@/modules/community/components/article-community"
import { ArticleReaderProvider } from "@/modules/community/reader"
import Breadcrumbs, { type Crumb } from "@/modules/common/components/breadcrumbs"
import DiscussInForum from "@/modules/forums/components/discuss-in-forum"
import ArticleBody from "@/modules/news/components/article-body"
import ArticleImage from "@/modules/news/components/article-image"
import ArticleJsonLd from "@/modules/news/components/article-json-ld"
import ArticleList from "@/modules/news/components/article-list"
import AuthorBio from "@/modules/news/components/author-bio"
import Citations from "@/modules/news/components/citations"
import FeaturedProducts from "@/modules/news/components/featured-products"
import NewsletterSignup from "@/modules/newsletter/components/newsletter-signup"
import ProductsForArticle from "@/modules/news/components/products-for-article"
import ShareToolbar from "@/modules/news/components/share-toolbar"
import TrendingList from "@/modules/news/components/trending-list"
import ViewTracker from "@/modules/news/components/view-tracker"
import { articlePath, formatArticleDate, NEWS_PATH, NEWS_TITLE, safeHttpUrl, topicPath } from "@/modules/news/utils"

type ArticleTemplateProps = {
  article: Article
  /** Absolute canonical URL of the article. */
  url: string
  currencyCode: string
  trending: ArticleSummary[]
  /** Other recent articles of the same topic. */
  related: ArticleSummary[]
  /** Products ranked for the article when it features none. */
  suggestedProducts: Product[]
  /** Pages of comments to show ("?comments_page=", 1 by default). */
  commentPages?: number
}

function Attribution({ text, url }: { text: string | null; url: string | null }) {
  const href = safeHttpUrl(url)
  const label = text?.trim() || (href ? new URL(href).hostname : "")
  if (!label) {
    return null
  }
  return (
    <p id="article-source" className="mt-8 text-sm text-bark-600">
      <span className="font-semibold text-bark-700">Source: </span>
      {href ? (
        <a href={href} rel="noopener noreferrer nofollow" className="text-leaf-700 underline">
          {label}
        </a>
      ) : (
        label
      )}
    </p>
  )
}

export default function ArticleTemplate({
  article,
  url,
  currencyCode,
  trending,
  related,
  suggestedProducts,
  commentPages = 1,
}: ArticleTemplateProps) {
  const date = formatArticleDate(article.published_at)
  const crumbs: Crumb[] = [
    { label: "Home", href: "/" },
    { label: NEWS_TITLE, href: NEWS_PATH },
  ]
  if (article.topic) {
    crumbs.push({ label: article.topic.name, href: topicPath(article.topic.handle) })
  }
  crumbs.push({ label: article.title, href: articlePath(article.handle) })

  return (
    <ArticleReaderProvider handle={article.handle}>
      <div data-print="hide" className="print:hidden">
        <Breadcrumbs items={crumbs} />
      </div>

      <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <div className="min-w-0">
          <article id="article" aria-labelledby="article-title" data-handle={article.handle} className="max-w-3xl">
            <header className="flex flex-col gap-3 border-b border-sand-200 pb-6">
              {article.topic ? (
                <Link
                  href={topicPath(article.topic.handle)}
                  className="self-start text-sm font-semibold tracking-wide text-leaf-700 uppercase no-underline hover:underline"
                >
                  {article.topic.name}
                </Link>
              ) : null}
              <h1 id="article-title" className="font-serif text-3xl leading-tight font-semibold text-bark-900 sm:text-4xl">
                {article.title}
              </h1>
              <p id="article-url" className="hidden text-sm break-all print:block" data-testid="print-url">
                {url}
              </p>
              {article.summary ? (
                <p id="article-summary" className="text-lg leading-relaxed text-bark-700">
                  {article.summary}
                </p>
              ) : null}
              <p id="article-byline" className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-bark-600">
                {article.author ? (
                  <span>
                    By <span className="font-semibold text-bark-900">{article.author.name}</span>
                  </span>
                ) : null}
                {article.author && date ? <span aria-hidden="true">·</span> : null}
                {date ? <time dateTime={article.published_at}>{date}</time> : null}
                {article.topic ? (
                  <>
                    <span aria-hidden="true">·</span>
                    <Link href={topicPath(article.topic.handle)} className="font-medium text-leaf-700 hover:underline">
                      {article.topic.name}
                    </Link>
                  </>
                ) : null}
              </p>
              <ShareToolbar title={article.title} url={url} />
            </header>

            <ArticleImage src={article.hero_image} alt="" className="mt-6 rounded-lg" sizes="(min-width: 1024px) 768px, 100vw" preload />

            <div className="mt-6">
              <ArticleBody markdown={article.body ?? ""} />
            </div>

            <Attribution text={article.source_text} url={article.source_url} />
            <Citations citations={article.citations} />
            <AuthorBio author={article.author} />

            {/* Not streamed behind Suspense: the vote and comment forms must work without JavaScript. */}
            <ArticleEngagement handle={article.handle} commentPages={commentPages} />
            <DiscussInForum topicHandle={article.topic?.handle} />

            <section aria-labelledby="article-newsletter-heading" className="mt-10 rounded-lg border border-leaf-200 bg-leaf-50 p-5 print:hidden" data-print="hide">
              <h2 id="article-newsletter-heading" className="mb-3 font-serif text-xl font-semibold text-bark-900">
                Get {article.topic?.name ?? "health"} news by email
              </h2>
              <NewsletterSignup source="article" preselected={article.topic ? [article.topic.handle] : ["supplement-news"]} />
            </section>
          </article>

          <FeaturedProducts products={article.featured_products} currencyCode={currencyCode} />
          <ProductsForArticle products={suggestedProducts} currencyCode={currencyCode} />

          <ArticleComments handle={article.handle} articleHref={articlePath(article.handle)} commentPages={commentPages} />

          {related.length > 0 && article.topic ? (
            <section aria-labelledby="related-heading" className="mt-12 border-t border-sand-200 pt-8 print:hidden" data-print="hide">
              <div className="mb-5 flex flex-wrap items-end justify-between gap-2">
                <h2 id="related-heading" className="font-serif text-2xl font-semibold text-bark-900">
                  More on {article.topic.name}
                </h2>
                <Link href={topicPath(article.topic.handle)} className="font-semibold text-leaf-700 hover:text-leaf-800">
                  All {article.topic.name} news →
                </Link>
              </div>
              <ArticleList articles={related} headingLevel={3} />
            </section>
          ) : null}
        </div>

        <aside aria-label="Trending news" className="print:hidden" data-print="hide">
          <TrendingList articles={trending} id="trending" title="Trending" className="lg:sticky lg:top-4" />
        </aside>
      </div>

      <ViewTracker handle={article.handle} />
      {article.featured_products.length > 0 ? <FeaturedClickRecorder articleHandle={article.handle} /> : null}
      <ArticleJsonLd article={article} url={url} />
    </ArticleReaderProvider>
  )
}
