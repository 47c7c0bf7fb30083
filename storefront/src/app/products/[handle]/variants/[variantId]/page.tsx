import type { Metadata } from "next"

import { ProductPageContent, productMetadata } from "../../product-page"

type ProductVariantPageProps = {
  params: Promise<{ handle: string; variantId: string }>
}

/**
 * `/products/[handle]?variant=…` (next.config.ts rewrites it here): the product page with that
 * variant selected, which is how the option picker works without JavaScript. Rendered per request
 * (any id may come in; unknown ones show the default variant), from cached backend data.
 */
export const dynamic = "force-dynamic"

export async function generateMetadata({ params }: ProductVariantPageProps): Promise<Metadata> {
  return productMetadata((await params).handle)
}

export default async function ProductVariantPage({ params }: ProductVariantPageProps) {
  const { handle, variantId } = await params
  return <ProductPageContent handle={handle} requestedVariantId={variantId.trim() || undefined} />
}
