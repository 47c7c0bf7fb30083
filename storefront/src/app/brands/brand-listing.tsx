import "server-only"

import type { Metadata } from "next"
import { notFound } from "next/navigation"

import { hasPublishableKey } from "@/lib/config"
import { getBrandByHandle } from "@/lib/data/brands"
import { listProducts } from "@/lib/data/products"
import { PRODUCTS_PER_PAGE, totalPagesFor } from "@/lib/util/pagination"
import { buildHref } from "@/lib/util/search-params"
import MissingKeyNotice from "@/modules/common/components/missing-key-notice"
import BrandLogo from "@/modules/brands/components/brand-logo"
import Breadcrumbs from "@/modules/common/components/breadcrumbs"
import PageHeading from "@/modules/common/components/page-heading"
import ProductListing from "@/modules/products/components/product-listing"

/**
 * One page of a brand's products, shared by its two cached routes: ./[handle]/page.tsx (page 1) and
 * ./[handle]/pages/[page]/page.tsx (`?page=N`, which next.config.ts rewrites there).
 */

function brandPath(handle: string): string {
  return `/brands/${encodeURIComponent(handle)}`
}

export async function brandMetadata(handle: string, page: number | null): Promise<Metadata> {
  if (!hasPublishableKey()) {
    return {}
  }
  const brand = await getBrandByHandle(handle)
  if (!brand) {
    return { title: "Brand not found", robots: { index: false } }
  }
  const pageNumber = page ?? 1
  return {
    title: pageNumber > 1 ? `${brand.name} (page ${pageNumber})` : brand.name,
    description: brand.description ?? `Supplements by ${brand.name} at Verdant Health Store.`,
    alternates: { canonical: buildHref(brandPath(brand.handle), { page: pageNumber > 1 ? pageNumber : undefined }) },
  }
}

/** `page` is null for a page number that isn't one: a 404, like a page past the last. */
export async function BrandListing({ handle, page }: { handle: string; page: number | null }) {
  if (!hasPublishableKey()) {
    return <MissingKeyNotice />
  }

  const brand = await getBrandByHandle(handle)
  if (!brand || page === null) {
    notFound()
  }

  const result = await listProducts({ brand: brand.handle, page, perPage: PRODUCTS_PER_PAGE })
  if (page > totalPagesFor(result.count, result.limit)) {
    notFound()
  }
  const path = brandPath(brand.handle)

  return (
    <div>
      <Breadcrumbs
        items={[
          { label: "Home", href: "/" },
          { label: "Brands", href: "/brands" },
          { label: brand.name, href: path },
        ]}
      />
      <div className="flex items-start gap-6">
        <BrandLogo src={brand.logo_url} size="lg" />
        <PageHeading eyebrow="Brand" title={brand.name} description={brand.description} />
      </div>
      <ProductListing
        result={result}
        page={page}
        hrefFor={(p) => buildHref(path, { page: p > 1 ? p : undefined })}
        emptyTitle={`No ${brand.name} products right now`}
      />
    </div>
  )
}
