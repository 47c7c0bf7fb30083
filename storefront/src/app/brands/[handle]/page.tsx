import type { Metadata } from "next"
import { notFound } from "next/navigation"

import { hasPublishableKey } from "@/lib/config"
import { getBrandByHandle } from "@/lib/data/brands"
import { listProducts } from "@/lib/data/products"
import { PRODUCTS_PER_PAGE, parsePageParam, totalPagesFor } from "@/lib/util/pagination"
import { buildHref, type SearchParams } from "@/lib/util/search-params"
import MissingKeyNotice from "@/modules/common/components/missing-key-notice"
import Breadcrumbs from "@/modules/common/components/breadcrumbs"
import PageHeading from "@/modules/common/components/page-heading"
import ProductListing from "@/modules/products/components/product-listing"

type BrandPageProps = {
  params: Promise<{ handle: string }>
  searchParams: Promise<SearchParams>
}

export async function generateMetadata({ params, searchParams }: BrandPageProps): Promise<Metadata> {
  if (!hasPublishableKey()) {
    return {}
  }
  const { handle } = await params
  const brand = await getBrandByHandle(handle)
  if (!brand) {
    return { title: "Brand not found", robots: { index: false } }
  }
  const page = parsePageParam((await searchParams).page) ?? 1
  const path = `/brands/${encodeURIComponent(brand.handle)}`
  return {
    title: page > 1 ? `${brand.name} (page ${page})` : brand.name,
    description: brand.description ?? `Supplements by ${brand.name} at Verdant Health Store.`,
    alternates: { canonical: buildHref(path, { page: page > 1 ? page : undefined }) },
  }
}

export default async function BrandPage({ params, searchParams }: BrandPageProps) {
  if (!hasPublishableKey()) {
    return <MissingKeyNotice />
  }

  const { handle } = await params
  const page = parsePageParam((await searchParams).page)
  const brand = await getBrandByHandle(handle)
  if (!brand || page === null) {
    notFound()
  }

  const result = await listProducts({ brand: brand.handle, page, perPage: PRODUCTS_PER_PAGE })
  if (page > totalPagesFor(result.count, result.limit)) {
    notFound()
  }
  const path = `/brands/${encodeURIComponent(brand.handle)}`

  return (
    <div>
      <Breadcrumbs
        items={[
          { label: "Home", href: "/" },
          { label: "Brands", href: "/brands" },
          { label: brand.name, href: path },
        ]}
      />
      <PageHeading eyebrow="Brand" title={brand.name} description={brand.description} />
      <ProductListing
        result={result}
        page={page}
        hrefFor={(p) => buildHref(path, { page: p > 1 ? p : undefined })}
        emptyTitle={`No ${brand.name} products right now`}
      />
    </div>
  )
}
