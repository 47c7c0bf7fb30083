import type { Metadata } from "next"

import { parseCommentsPage } from "@/modules/community/utils"
import { ArticlePageContent, articleMetadata } from "@/modules/news/templates/article-page"

type ArticleCommentsPageProps = {
  params: Promise<{ handle: string; page: string }>
}

/**
 * `/news/[handle]?comments_page=N` (next.config.ts rewrites it here): the article with N pages of
 * comments, what "Load more comments" links to. Cached like the article page itself.
 */
export const revalidate = 60

export async function generateStaticParams(): Promise<{ handle: string; page: string }[]> {
  return []
}

export async function generateMetadata({ params }: ArticleCommentsPageProps): Promise<Metadata> {
  return articleMetadata((await params).handle)
}

export default async function ArticleCommentsPage({ params }: ArticleCommentsPageProps) {
  const { handle, page } = await params
  return <ArticlePageContent handle={handle} commentPages={parseCommentsPage(page)} />
}
