import type { Metadata } from "next"

import { ThreadPage, threadMetadata } from "@/modules/forums/templates/forum-pages"
import { parsePageSegment } from "@/modules/forums/utils"

type ThreadPagesRouteProps = { params: Promise<{ forum: string; thread: string; page: string }> }

/** `/forums/<forum>/<thread>?page=N` (next.config.ts rewrites it here), cached like the first page. */
export const revalidate = 60

export async function generateStaticParams(): Promise<{ forum: string; thread: string; page: string }[]> {
  return []
}

export async function generateMetadata({ params }: ThreadPagesRouteProps): Promise<Metadata> {
  const { forum, thread, page } = await params
  return threadMetadata(forum, thread, parsePageSegment(page))
}

export default async function ThreadPagesRoute({ params }: ThreadPagesRouteProps) {
  const { forum, thread, page } = await params
  return <ThreadPage forum={forum} handle={thread} page={parsePageSegment(page)} />
}
