import "server-only"

import type { Metadata } from "next"
import { notFound } from "next/navigation"

import { hasPublishableKey } from "@/lib/config"
import { getCollectionByHandle } from "@/lib/data/collections"
import { listProducts } from "@/lib/data/products"
import { PRODUCTS_PER_PAGE, totalPagesFor } from "@/lib/util/pagination"
import { buildHref } from "@/lib/util/search-params"
import MissingKeyNotice from "@/modules/common/components/missing-key-notice"
import Breadcrumbs from "@/modules/common/components/breadcrumbs"
import PageHeading from "@/modules/common/components/page-heading"
import ProductListing from "@/modules/products/components/product-listing"

/**
 * One page of a collection's products, shared by its two cached routes: ./[handle]/page.tsx (page 1)
 * and ./[handle]/pages/[page]/page.tsx (`?page=N`, which next.config.ts rewrites there).
 */

function collectionPath(handle: string): string {
  return `/collections/${encodeURIComponent(handle)}`
}

export async function collectionMetadata(handle: string, page: number | null): Promise<Metadata> {
  if (!hasPublishableKey()) {
    return {}
  }
  const collection = await getCollectionByHandle(handle)
  if (!collection) {
    return { title: "Collection not found", robots: { index: false } }
  }
  const pageNumber = page ?? 1
  return {
    title: pageNumber > 1 ? `${collection.title} (page ${pageNumber})` : collection.title,
    description: collection.description ?? `${collection.title} at Verdant Health Store.`,
    alternates: { canonical: buildHref(collectionPath(collection.handle), { page: pageNumber > 1 ? pageNumber : undefined }) },
  }
}

/** `page` is null for a page number that isn't one: a 404, like a page past the last. */
export async function CollectionListing({ handle, page }: { handle: string; page: number | null }) {
  if (!hasPublishableKey()) {
    return <MissingKeyNotice />
  }

  const collection = await getCollectionByHandle(handle)
  if (!collection || page === null) {
    notFound()
  }

  const result = await listProducts({ collectionId: collection.id, page, perPage: PRODUCTS_PER_PAGE })
  if (page > totalPagesFor(result.count, result.limit)) {
    notFound()
  }
  const path = collectionPath(collection.handle)

  return (
    <div>
      <Breadcrumbs
        items={[
          { label: "Home", href: "/" },
          { label: collection.title, href: path },
        ]}
      />
      <PageHeading eyebrow="Collection" title={collection.title} description={collection.description} />
      <ProductListing result={result} page={page} hrefFor={(p) => buildHref(path, { page: p > 1 ? p : undefined })} />
    </div>
  )
}
