import type { Metadata } from "next"

import { ThreadPage, threadMetadata } from "@/modules/forums/templates/forum-pages"

type ThreadRouteProps = { params: Promise<{ forum: string; thread: string }> }

/**
 * A thread's first page of posts, cached and shared by every reader, so it is served without a
 * backend call (see modules/forums/templates/forum-pages.tsx); the reader's part comes from the browser.
 */
export const revalidate = 60

export async function generateStaticParams(): Promise<{ forum: string; thread: string }[]> {
  return []
}

export async function generateMetadata({ params }: ThreadRouteProps): Promise<Metadata> {
  const { forum, thread } = await params
  return threadMetadata(forum, thread, 1)
}

export default async function ThreadRoute({ params }: ThreadRouteProps) {
  const { forum, thread } = await params
  return <ThreadPage forum={forum} handle={thread} page={1} />
}
