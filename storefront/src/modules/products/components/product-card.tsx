import Link from "next/link"

import type { Product } from "@/lib/data/products"
import { getCheapestPrice, isProductOutOfStock } from "@/lib/util/product"
import ProductPrice from "@/modules/products/components/product-price"
import ProductThumbnail from "@/modules/products/components/product-thumbnail"
import OutOfStockBadge, { SaleBadge } from "@/modules/products/components/stock-badge"
import { BACK_IN_STOCK_ANCHOR } from "@/modules/reviews/anchors"
import RatingBadge from "@/modules/reviews/components/rating-badge"
import LabelBadges from "@/modules/supplement-facts/components/label-badges"

type ProductCardProps = {
  product: Product
  currencyCode: string
  /** Heading level of the product title: h3 under a section heading, h2 directly under the page h1. */
  headingLevel?: 2 | 3
}

export default function ProductCard({ product, currencyCode, headingLevel = 2 }: ProductCardProps) {
  const outOfStock = isProductOutOfStock(product)
  const onSale = getCheapestPrice(product, currencyCode)?.onSale ?? false
  const href = `/products/${encodeURIComponent(product.handle)}`
  const Heading = headingLevel === 2 ? "h2" : "h3"

  return (
    <article className="group relative flex h-full flex-col overflow-hidden rounded-lg border border-sand-200 bg-white shadow-sm transition hover:border-leaf-300 hover:shadow-md focus-within:border-leaf-400">
      <div className="relative">
        <ProductThumbnail src={product.thumbnail} title={product.title} />
        {onSale && !outOfStock ? (
          <span className="absolute top-2 left-2">
            <SaleBadge />
          </span>
        ) : null}
      </div>
      <div className="flex flex-1 flex-col gap-1 p-4">
        <Heading className="font-semibold leading-snug text-bark-900">
          {/* The link's ::after covers the whole card, so the card is one click target. */}
          <Link
            href={href}
            className="no-underline group-hover:text-leaf-700 after:absolute after:inset-0 after:content-['']"
          >
            {product.title}
          </Link>
        </Heading>
        {product.subtitle ? <p className="text-sm text-bark-600">{product.subtitle}</p> : null}
        {product.review_summary ? (
          <RatingBadge average={product.review_summary.average} count={product.review_summary.count} className="mt-1" />
        ) : null}
        <LabelBadges form={product.supplement_facts?.form} diets={product.supplement_facts?.diets} className="mt-1" />
        <div className="mt-auto flex flex-wrap items-center justify-between gap-2 pt-3">
          <ProductPrice product={product} currencyCode={currencyCode} />
          {outOfStock ? <OutOfStockBadge /> : null}
        </div>
        {outOfStock ? (
          // Above the card's covering link, so it is a click target of its own.
          <Link
            href={`${href}#${BACK_IN_STOCK_ANCHOR}`}
            className="relative z-10 self-start text-sm font-medium text-leaf-700 underline hover:text-leaf-800"
          >
            Notify me<span className="sr-only">{` when ${product.title} is back`}</span>
          </Link>
        ) : null}
      </div>
    </article>
  )
}
