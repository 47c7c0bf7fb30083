import type { Metadata } from "next"
import { notFound } from "next/navigation"

import { hasPublishableKey } from "@/lib/config"
import { getCollectionByHandle } from "@/lib/data/collections"
import { listProducts } from "@/lib/data/products"
import { PRODUCTS_PER_PAGE, parsePageParam, totalPagesFor } from "@/lib/util/pagination"
import { buildHref, type SearchParams } from "@/lib/util/search-params"
import MissingKeyNotice from "@/modules/common/components/missing-key-notice"
import Breadcrumbs from "@/modules/common/components/breadcrumbs"
import PageHeading from "@/modules/common/components/page-heading"
import ProductListing from "@/modules/products/components/product-listing"

type CollectionPageProps = {
  params: Promise<{ handle: string }>
  searchParams: Promise<SearchParams>
}

export async function generateMetadata({ params, searchParams }: CollectionPageProps): Promise<Metadata> {
  if (!hasPublishableKey()) {
    return {}
  }
  const { handle } = await params
  const collection = await getCollectionByHandle(handle)
  if (!collection) {
    return { title: "Collection not found", robots: { index: false } }
  }
  const page = parsePageParam((await searchParams).page) ?? 1
  const path = `/collections/${encodeURIComponent(collection.handle)}`
  return {
    title: page > 1 ? `${collection.title} (page ${page})` : collection.title,
    description: collection.description ?? `${collection.title} at Verdant Health Store.`,
    alternates: { canonical: buildHref(path, { page: page > 1 ? page : undefined }) },
  }
}

export default async function CollectionPage({ params, searchParams }: CollectionPageProps) {
  if (!hasPublishableKey()) {
    return <MissingKeyNotice />
  }

  const { handle } = await params
  const page = parsePageParam((await searchParams).page)
  const collection = await getCollectionByHandle(handle)
  if (!collection || page === null) {
    notFound()
  }

  const result = await listProducts({ collectionId: collection.id, page, perPage: PRODUCTS_PER_PAGE })
  if (page > totalPagesFor(result.count, result.limit)) {
    notFound()
  }
  const path = `/collections/${encodeURIComponent(collection.handle)}`

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
