import type { Metadata } from "next"

import { parsePageParam } from "@/lib/util/pagination"

import { CollectionListing, collectionMetadata } from "../../../collection-listing"

type CollectionPagesPageProps = {
  params: Promise<{ handle: string; page: string }>
}

/** `/collections/[handle]?page=N` (next.config.ts rewrites it here), cached like the first page. */
export const revalidate = 60

export async function generateStaticParams(): Promise<{ handle: string; page: string }[]> {
  return []
}

export async function generateMetadata({ params }: CollectionPagesPageProps): Promise<Metadata> {
  const { handle, page } = await params
  return collectionMetadata(handle, parsePageParam(page))
}

export default async function CollectionPagesPage({ params }: CollectionPagesPageProps) {
  const { handle, page } = await params
  return <CollectionListing handle={handle} page={parsePageParam(page)} />
}
