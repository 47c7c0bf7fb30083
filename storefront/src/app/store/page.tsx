import type { Metadata } from "next"

import type { SearchParams } from "@/lib/util/search-params"

import { StoreListing, storeMetadata } from "./store-listing"

type StorePageProps = {
  searchParams: Promise<SearchParams>
}

/**
 * /store with filters, a sort order or a page number in the URL: rendered per request. Without
 * any, next.config.ts serves the cached ./[view] route instead.
 */
export async function generateMetadata({ searchParams }: StorePageProps): Promise<Metadata> {
  return storeMetadata(await searchParams)
}

export default async function StorePage({ searchParams }: StorePageProps) {
  return <StoreListing searchParams={await searchParams} />
}
