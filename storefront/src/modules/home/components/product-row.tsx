import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"

import ProductGrid from "@/modules/products/components/product-grid"

type ProductRowProps = {
  id: string
  title: string
  description?: string | null
  href: string
  products: HttpTypes.StoreProduct[]
  currencyCode: string
}

/** A titled row of product cards with a "View all" link. */
export default function ProductRow({ id, title, description, href, products, currencyCode }: ProductRowProps) {
  if (products.length === 0) {
    return null
  }
  const headingId = `${id}-heading`
  return (
    <section aria-labelledby={headingId} className="mt-14">
      <div className="mb-5 flex flex-wrap items-end justify-between gap-x-6 gap-y-2">
        <div>
          <h2 id={headingId} className="font-serif text-2xl font-semibold text-bark-900">
            {title}
          </h2>
          {description ? <p className="mt-1 text-bark-600">{description}</p> : null}
        </div>
        <Link href={href} className="font-semibold text-leaf-700 hover:text-leaf-800">
          View all<span className="sr-only"> {title}</span> →
        </Link>
      </div>
      <ProductGrid products={products} currencyCode={currencyCode} headingLevel={3} variant="compact" />
    </section>
  )
}
