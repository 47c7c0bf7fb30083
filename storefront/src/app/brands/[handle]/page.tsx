import type { Metadata } from "next"

import { BrandListing, brandMetadata } from "../brand-listing"

type BrandPageProps = {
  params: Promise<{ handle: string }>
}

/**
 * A brand's first page of products. The same for every visitor, so it is cached and
 * regenerated in the background at most once a minute (or at once when the backend reports a
 * change, see /api/revalidate); rendered on its first visit, never by `next build`.
 */
export const revalidate = 60

export async function generateStaticParams(): Promise<{ handle: string }[]> {
  return []
}

export async function generateMetadata({ params }: BrandPageProps): Promise<Metadata> {
  return brandMetadata((await params).handle, 1)
}

/** `?page=` is rewritten to ./pages/[page] (see next.config.ts). */
export default async function BrandPage({ params }: BrandPageProps) {
  return <BrandListing handle={(await params).handle} page={1} />
}
