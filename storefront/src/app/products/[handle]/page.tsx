import type { Metadata } from "next"

import { ProductPageContent, productMetadata } from "./product-page"

type ProductPageProps = {
  params: Promise<{ handle: string }>
}

/**
 * Product pages are rendered on their first visit, then served from the cache and regenerated
 * in the background at most once a minute (or at once when the backend reports a product change,
 * see /api/revalidate). None is rendered at build time: the build runs without the backend.
 * The header's per-shopper parts are filled in by the browser (see header-status.tsx).
 */
export const revalidate = 60

export async function generateStaticParams(): Promise<{ handle: string }[]> {
  return []
}

export async function generateMetadata({ params }: ProductPageProps): Promise<Metadata> {
  return productMetadata((await params).handle)
}

/** The default variant; `?variant=` is rewritten to ./variants/[variantId] (see next.config.ts). */
export default async function ProductPage({ params }: ProductPageProps) {
  return <ProductPageContent handle={(await params).handle} />
}
