import type { Metadata } from "next"

import { parsePageParam } from "@/lib/util/pagination"

import { BrandListing, brandMetadata } from "../../../brand-listing"

type BrandPagesPageProps = {
  params: Promise<{ handle: string; page: string }>
}

/** `/brands/[handle]?page=N` (next.config.ts rewrites it here), cached like the first page. */
export const revalidate = 60

export async function generateStaticParams(): Promise<{ handle: string; page: string }[]> {
  return []
}

export async function generateMetadata({ params }: BrandPagesPageProps): Promise<Metadata> {
  const { handle, page } = await params
  return brandMetadata(handle, parsePageParam(page))
}

export default async function BrandPagesPage({ params }: BrandPagesPageProps) {
  const { handle, page } = await params
  return <BrandListing handle={handle} page={parsePageParam(page)} />
}
