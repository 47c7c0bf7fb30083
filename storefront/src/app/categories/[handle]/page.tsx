import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"

import { hasPublishableKey } from "@/lib/config"
import { getCategoryByHandle } from "@/lib/data/categories"
import { listProducts } from "@/lib/data/products"
import { PRODUCTS_PER_PAGE, parsePageParam, totalPagesFor } from "@/lib/util/pagination"
import { buildHref, type SearchParams } from "@/lib/util/search-params"
import { storeHref } from "@/lib/util/store-filters"
import MissingKeyNotice from "@/modules/common/components/missing-key-notice"
import Breadcrumbs from "@/modules/common/components/breadcrumbs"
import PageHeading from "@/modules/common/components/page-heading"
import ProductListing from "@/modules/products/components/product-listing"

type CategoryPageProps = {
  params: Promise<{ handle: string }>
  searchParams: Promise<SearchParams>
}

export async function generateMetadata({ params, searchParams }: CategoryPageProps): Promise<Metadata> {
  if (!hasPublishableKey()) {
    return {}
  }
  const { handle } = await params
  const category = await getCategoryByHandle(handle)
  if (!category) {
    return { title: "Health topic not found", robots: { index: false } }
  }
  const page = parsePageParam((await searchParams).page) ?? 1
  const path = `/categories/${encodeURIComponent(category.handle)}`
  return {
    title: page > 1 ? `${category.name} supplements (page ${page})` : `${category.name} supplements`,
    description: category.description || `Natural supplements for ${category.name.toLowerCase()}.`,
    alternates: { canonical: buildHref(path, { page: page > 1 ? page : undefined }) },
  }
}

export default async function CategoryPage({ params, searchParams }: CategoryPageProps) {
  if (!hasPublishableKey()) {
    return <MissingKeyNotice />
  }

  const { handle } = await params
  const page = parsePageParam((await searchParams).page)
  const category = await getCategoryByHandle(handle)
  if (!category || page === null) {
    notFound()
  }

  const result = await listProducts({ categoryId: category.id, page, perPage: PRODUCTS_PER_PAGE })
  if (page > totalPagesFor(result.count, result.limit)) {
    notFound()
  }
  const path = `/categories/${encodeURIComponent(category.handle)}`

  return (
    <div>
      <Breadcrumbs
        items={[
          { label: "Home", href: "/" },
          { label: "Health topics", href: "/categories" },
          { label: category.name, href: path },
        ]}
      />
      <PageHeading eyebrow="Health topic" title={category.name} description={category.description} />
      <p className="-mt-4 mb-6 text-sm">
        <Link href={storeHref({ category: category.handle })} className="text-leaf-700 hover:text-leaf-800">
          Filter by brand or price, or sort these products →
        </Link>
      </p>
      <ProductListing result={result} page={page} hrefFor={(p) => buildHref(path, { page: p > 1 ? p : undefined })} />
    </div>
  )
}
