import "server-only"

import type { Metadata } from "next"
import Link from "next/link"

import { hasPublishableKey } from "@/lib/config"
import { STORE_DESCRIPTION, STORE_NAME } from "@/lib/site"
import { PRODUCTS_PER_PAGE } from "@/lib/util/pagination"
import type { SearchParams } from "@/lib/util/search-params"
import { storeHref } from "@/lib/util/store-filters"
import MissingKeyNotice from "@/modules/common/components/missing-key-notice"
import Notice from "@/modules/common/components/notice"
import Pagination from "@/modules/common/components/pagination"
import PageHeading from "@/modules/common/components/page-heading"
import ProductGrid from "@/modules/products/components/product-grid"
import ActiveFilters from "@/modules/store/components/active-filters"
import StoreFiltersForm from "@/modules/store/components/store-filters-form"
import { resolveStoreView } from "@/modules/store/resolve"

/**
 * /store, shared by its two routes: ./page.tsx (any filter, sort or page in the URL, rendered per
 * request) and ./[view]/page.tsx (no filter: the whole catalogue, cached; next.config.ts sends
 * /store there when none of the params the store reads is present).
 */

const IGNORED_LABELS: Record<string, string> = {
  category: "health topic",
  brand: "brand",
  form: "form",
  diet: "diet",
  ingredient: "ingredient",
  min_price: "minimum price",
  max_price: "maximum price",
  sort: "sort order",
  page: "page number",
}

/** Title, description and canonical address of a /store view. */
export async function storeMetadata(searchParams: SearchParams): Promise<Metadata> {
  if (!hasPublishableKey()) {
    return { title: "Store" }
  }
  const view = await resolveStoreView(searchParams)
  const { filters } = view
  const pageSuffix = filters.page > 1 ? ` (page ${filters.page})` : ""
  const title = view.title === "All products" ? `Shop all supplements${pageSuffix}` : `${view.title}${pageSuffix}`
  const description =
    view.category?.description ??
    view.brand?.description ??
    (view.title === "All products"
      ? STORE_DESCRIPTION
      : `${view.title}: natural supplements at ${STORE_NAME}, with our 100% satisfaction guarantee.`)
  return {
    title,
    description,
    alternates: { canonical: storeHref({ ...filters, sort: "featured" }) },
  }
}

/** The product listing for /store's search params (filters, sort, page). */
export async function StoreListing({ searchParams }: { searchParams: SearchParams }) {
  if (!hasPublishableKey()) {
    return <MissingKeyNotice />
  }

  const view = await resolveStoreView(searchParams)
  const { filters, ignored, result, totalPages } = view
  const { products, count, offset, currencyCode } = result
  const names = { category: view.category?.name, brand: view.brand?.name }
  const countText =
    count === 0
      ? "No products"
      : count <= PRODUCTS_PER_PAGE
        ? `${count} ${count === 1 ? "product" : "products"}`
        : `Showing ${offset + 1}–${offset + products.length} of ${count} products`

  return (
    <div>
      <PageHeading
        eyebrow="Store"
        title={view.title}
        description={view.category?.description ?? view.brand?.description}
      />

      <StoreFiltersForm filters={filters} categories={view.categories} brands={view.brands} labelFacets={view.labelFacets} />
      <ActiveFilters filters={filters} names={names} currencyCode={currencyCode} />

      {ignored.length > 0 ? (
        <p role="status" className="mt-4 rounded-md border border-sand-300 bg-sand-100 px-4 py-2 text-sm text-bark-700">
          {`We didn't understand the ${ignored.map((k) => IGNORED_LABELS[k] ?? k).join(", ")} in this link, so we left ${ignored.length === 1 ? "it" : "them"} out.`}
        </p>
      ) : null}

      <p className="mt-6 mb-4 text-sm text-bark-600" aria-live="polite">
        {countText}
        {totalPages > 1 ? ` · page ${filters.page} of ${totalPages}` : null}
      </p>

      {products.length === 0 ? (
        <Notice title="No products match these filters" headingLevel={2}>
          <p>Try a wider price range, another health topic or brand, or fewer diets.</p>
          <p>
            <Link href="/store" className="font-medium text-leaf-700 underline">
              See all products
            </Link>
          </p>
        </Notice>
      ) : (
        <ProductGrid products={products} currencyCode={currencyCode} />
      )}

      <Pagination
        page={filters.page}
        totalPages={totalPages}
        hrefFor={(page) => storeHref({ ...filters, page })}
      />
    </div>
  )
}
