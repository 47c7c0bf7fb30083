import type { ProductListPage } from "@/lib/data/products"
import { totalPagesFor } from "@/lib/util/pagination"
import Notice from "@/modules/common/components/notice"
import Pagination from "@/modules/common/components/pagination"
import ProductGrid from "@/modules/products/components/product-grid"

type ProductListingProps = {
  result: ProductListPage
  page: number
  /** Builds the link for a page number. */
  hrefFor: (page: number) => string
  emptyTitle?: string
  emptyText?: string
}

/** Result count, product grid and pagination for a listing page. */
export default function ProductListing({
  result,
  page,
  hrefFor,
  emptyTitle = "No products here yet",
  emptyText = "Please check back soon, or browse the whole store.",
}: ProductListingProps) {
  const { products, count, offset, limit, currencyCode } = result
  const totalPages = totalPagesFor(count, limit)

  if (products.length === 0) {
    return (
      <Notice title={emptyTitle} headingLevel={2}>
        <p>{emptyText}</p>
      </Notice>
    )
  }

  const countText =
    count <= limit
      ? `${count} ${count === 1 ? "product" : "products"}`
      : `Showing ${offset + 1}–${offset + products.length} of ${count} products`

  return (
    <div>
      <p className="mb-4 text-sm text-bark-600">
        {totalPages > 1 ? `${countText} · page ${page} of ${totalPages}` : countText}
      </p>
      <ProductGrid products={products} currencyCode={currencyCode} />
      <Pagination page={page} totalPages={totalPages} hrefFor={hrefFor} />
    </div>
  )
}
