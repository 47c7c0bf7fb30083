import type { Metadata } from "next"

import { ForumPage, forumMetadata } from "@/modules/forums/templates/forum-pages"

type ForumRouteProps = { params: Promise<{ forum: string }> }

/** A forum's first page of threads, cached (see modules/forums/templates/forum-pages.tsx). */
export const revalidate = 60

export async function generateStaticParams(): Promise<{ forum: string }[]> {
  return []
}

export async function generateMetadata({ params }: ForumRouteProps): Promise<Metadata> {
  return forumMetadata((await params).forum, 1)
}

export default async function ForumRoute({ params }: ForumRouteProps) {
  return <ForumPage handle={(await params).forum} page={1} />
}
