import type { Metadata } from "next"

import { ForumPage, forumMetadata } from "@/modules/forums/templates/forum-pages"
import { parsePageSegment } from "@/modules/forums/utils"

type ForumPagesRouteProps = { params: Promise<{ forum: string; page: string }> }

/** `/forums/<forum>?page=N` (next.config.ts rewrites it here), cached like the first page. */
export const revalidate = 60

export async function generateStaticParams(): Promise<{ forum: string; page: string }[]> {
  return []
}

export async function generateMetadata({ params }: ForumPagesRouteProps): Promise<Metadata> {
  const { forum, page } = await params
  return forumMetadata(forum, parsePageSegment(page))
}

export default async function ForumPagesRoute({ params }: ForumPagesRouteProps) {
  const { forum, page } = await params
  return <ForumPage handle={forum} page={parsePageSegment(page)} />
}
