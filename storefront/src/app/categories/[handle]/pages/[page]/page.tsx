import type { Metadata } from "next"

import { parsePageParam } from "@/lib/util/pagination"

import { CategoryListing, categoryMetadata } from "../../../category-listing"

type CategoryPagesPageProps = {
  params: Promise<{ handle: string; page: string }>
}

/** `/categories/[handle]?page=N` (next.config.ts rewrites it here), cached like the first page. */
export const revalidate = 60

export async function generateStaticParams(): Promise<{ handle: string; page: string }[]> {
  return []
}

export async function generateMetadata({ params }: CategoryPagesPageProps): Promise<Metadata> {
  const { handle, page } = await params
  return categoryMetadata(handle, parsePageParam(page))
}

export default async function CategoryPagesPage({ params }: CategoryPagesPageProps) {
  const { handle, page } = await params
  return <CategoryListing handle={handle} page={parsePageParam(page)} />
}
