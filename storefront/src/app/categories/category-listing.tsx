import "server-only"

import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"

import { hasPublishableKey } from "@/lib/config"
import { getCategoryByHandle } from "@/lib/data/categories"
import { listProducts } from "@/lib/data/products"
import { PRODUCTS_PER_PAGE, totalPagesFor } from "@/lib/util/pagination"
import { buildHref } from "@/lib/util/search-params"
import { storeHref } from "@/lib/util/store-filters"
import MissingKeyNotice from "@/modules/common/components/missing-key-notice"
import Breadcrumbs from "@/modules/common/components/breadcrumbs"
import PageHeading from "@/modules/common/components/page-heading"
import ProductListing from "@/modules/products/components/product-listing"

/**
 * One page of a health topic's products, shared by its two cached routes: ./[handle]/page.tsx (page
 * 1) and ./[handle]/pages/[page]/page.tsx (`?page=N`, which next.config.ts rewrites there).
 */

function categoryPath(handle: string): string {
  return `/categories/${encodeURIComponent(handle)}`
}

export async function categoryMetadata(handle: string, page: number | null): Promise<Metadata> {
  if (!hasPublishableKey()) {
    return {}
  }
  const category = await getCategoryByHandle(handle)
  if (!category) {
    return { title: "Health topic not found", robots: { index: false } }
  }
  const pageNumber = page ?? 1
  return {
    title: pageNumber > 1 ? `${category.name} supplements (page ${pageNumber})` : `${category.name} supplements`,
    description: category.description || `Natural supplements for ${category.name.toLowerCase()}.`,
    alternates: { canonical: buildHref(categoryPath(category.handle), { page: pageNumber > 1 ? pageNumber : undefined }) },
  }
}

/** `page` is null for a page number that isn't one: a 404, like a page past the last. */
export async function CategoryListing({ handle, page }: { handle: string; page: number | null }) {
  if (!hasPublishableKey()) {
    return <MissingKeyNotice />
  }

  const category = await getCategoryByHandle(handle)
  if (!category || page === null) {
    notFound()
  }

  const result = await listProducts({ categoryId: category.id, page, perPage: PRODUCTS_PER_PAGE })
  if (page > totalPagesFor(result.count, result.limit)) {
    notFound()
  }
  const path = categoryPath(category.handle)

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
