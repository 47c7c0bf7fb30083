import type { Metadata } from "next"

import { parsePageParam } from "@/lib/util/pagination"

import { TopicListing, topicMetadata } from "../../../../news-listing"

type TopicPagesPageProps = {
  params: Promise<{ handle: string; page: string }>
}

/** `/news/topic/[handle]?page=N` (next.config.ts rewrites it here), cached like the first page. */
export const revalidate = 60

export async function generateStaticParams(): Promise<{ handle: string; page: string }[]> {
  return []
}

export async function generateMetadata({ params }: TopicPagesPageProps): Promise<Metadata> {
  const { handle, page } = await params
  return topicMetadata(handle, parsePageParam(page))
}

export default async function TopicPagesPage({ params }: TopicPagesPageProps) {
  const { handle, page } = await params
  return <TopicListing handle={handle} page={parsePageParam(page)} />
}
