import type { Metadata } from "next"

import { ArticlePageContent, articleMetadata } from "@/modules/news/templates/article-page"

type ArticlePageProps = {
  params: Promise<{ handle: string }>
}

/**
 * Article pages are rendered on their first visit, then served from the cache and regenerated in
 * the background at most once a minute, or at once when the backend reports a change to the
 * article or its comments (see /api/revalidate) and after a reader's own comment or vote. None is
 * rendered at build time: the build runs without the backend. The reader's own vote and name are
 * filled in by the browser (see modules/community/reader.tsx), like the header.
 */
export const revalidate = 60

export async function generateStaticParams(): Promise<{ handle: string }[]> {
  return []
}

export async function generateMetadata({ params }: ArticlePageProps): Promise<Metadata> {
  return articleMetadata((await params).handle)
}

/** The first page of comments; `?comments_page=` is rewritten to ./comments/[page] (see next.config.ts). */
export default async function ArticlePage({ params }: ArticlePageProps) {
  return <ArticlePageContent handle={(await params).handle} />
}
