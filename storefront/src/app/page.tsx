import { notFound } from "next/navigation"

import { hasPublishableKey } from "@/lib/config"
import { listProducts } from "@/lib/data/products"
import { PRODUCTS_PER_PAGE, parsePageParam } from "@/lib/util/pagination"
import MissingKeyNotice from "@/modules/common/components/missing-key-notice"
import Notice from "@/modules/common/components/notice"
import Pagination from "@/modules/common/components/pagination"
import ProductGrid from "@/modules/products/components/product-grid"

type HomePageProps = {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

function pageHref(page: number): string {
  return page <= 1 ? "/" : `/?page=${page}`
}

// Reading searchParams makes this page render per request (never at build time),
// while the backend responses themselves stay in Next's data cache (see lib/data).
export default async function HomePage({ searchParams }: HomePageProps) {
  const { page: pageParam } = await searchParams

  if (!hasPublishableKey()) {
    return <MissingKeyNotice />
  }

  const page = parsePageParam(pageParam)
  if (page === null) {
    notFound()
  }

  const { products, count, currencyCode } = await listProducts({
    limit: PRODUCTS_PER_PAGE,
    offset: (page - 1) * PRODUCTS_PER_PAGE,
  })
  const totalPages = Math.max(1, Math.ceil(count / PRODUCTS_PER_PAGE))

  if (page > totalPages) {
    notFound()
  }

  return (
    <div>
      <div className="mb-8">
        <h1 className="font-serif text-3xl font-semibold text-bark-900">Shop supplements</h1>
        <p className="mt-1 text-bark-600">
          {count === 1 ? "1 product" : `${count} products`}
          {totalPages > 1 ? ` · page ${page} of ${totalPages}` : null}
        </p>
      </div>

      {products.length === 0 ? (
        <Notice title="No products yet" headingLevel={2}>
          <p>Our shelves are being stocked. Please check back soon.</p>
        </Notice>
      ) : (
        <ProductGrid products={products} currencyCode={currencyCode} />
      )}

      <Pagination page={page} totalPages={totalPages} hrefFor={pageHref} />
    </div>
  )
}
