import type { Metadata } from "next"
import { notFound } from "next/navigation"

import { StoreListing, storeMetadata } from "../store-listing"

type StoreViewPageProps = {
  params: Promise<{ view: string }>
}

/**
 * /store without filters (next.config.ts rewrites it here; this route's own address redirects to
 * /store). The same for every visitor, so it is cached and regenerated in the background at most
 * once a minute. Being a dynamic segment with no static params, it is rendered on its first request
 * rather than by `next build`, which runs without the backend (see app/layout.tsx).
 */
export const revalidate = 60

/** The one view: what next.config.ts rewrites /store to. */
const VIEW = "all"

export async function generateStaticParams(): Promise<{ view: string }[]> {
  return []
}

export async function generateMetadata({ params }: StoreViewPageProps): Promise<Metadata> {
  return (await params).view === VIEW ? storeMetadata({}) : {}
}

export default async function StoreViewPage({ params }: StoreViewPageProps) {
  if ((await params).view !== VIEW) {
    notFound()
  }
  return <StoreListing searchParams={{}} />
}
