import type { Metadata } from "next"

import { parsePageParam } from "@/lib/util/pagination"

import { NewsListing, newsMetadata } from "../../news-listing"

type NewsPagesPageProps = {
  params: Promise<{ page: string }>
}

/**
 * /news and `/news?page=N` (next.config.ts rewrites them here; /news has no dynamic segment of its
 * own, and one without would be prerendered by `next build`, which runs without the backend: see
 * app/layout.tsx). The same for every visitor, so cached and regenerated in the background at most
 * once a minute (or at once when the backend reports a change, see /api/revalidate).
 */
export const revalidate = 60

export async function generateStaticParams(): Promise<{ page: string }[]> {
  return []
}

export async function generateMetadata({ params }: NewsPagesPageProps): Promise<Metadata> {
  return newsMetadata(parsePageParam((await params).page))
}

export default async function NewsPagesPage({ params }: NewsPagesPageProps) {
  return <NewsListing page={parsePageParam((await params).page)} />
}
