import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"

import { formatAmount } from "@/lib/util/money"
import { getVariantPrice, isProductOutOfStock, isVariantInStock } from "@/lib/util/product"
import ProductPrice from "@/modules/products/components/product-price"
import ProductThumbnail from "@/modules/products/components/product-thumbnail"
import OutOfStockBadge from "@/modules/products/components/stock-badge"

type ProductDetailsProps = {
  product: HttpTypes.StoreProduct
  currencyCode: string
}

export default function ProductDetails({ product, currencyCode }: ProductDetailsProps) {
  const variants = product.variants ?? []

  return (
    <article className="grid gap-10 md:grid-cols-2">
      <ProductThumbnail src={product.thumbnail} title={product.title} className="rounded-lg" />

      <div className="flex flex-col gap-4">
        <Link href="/" className="text-sm text-leaf-700 hover:underline">
          ← All products
        </Link>
        <h1 className="font-serif text-3xl font-semibold text-bark-900">{product.title}</h1>
        {product.subtitle ? <p className="text-lg text-bark-600">{product.subtitle}</p> : null}
        <div className="flex items-center gap-3 text-xl">
          <ProductPrice product={product} currencyCode={currencyCode} />
          {isProductOutOfStock(product) ? <OutOfStockBadge /> : null}
        </div>
        {product.description ? (
          // Rendered as plain text: backend content is untrusted.
          <p className="whitespace-pre-line leading-relaxed text-bark-700">{product.description}</p>
        ) : null}

        {variants.length > 0 ? (
          <section aria-labelledby="variants-heading" className="mt-4">
            <h2 id="variants-heading" className="mb-2 font-semibold text-bark-900">
              Options
            </h2>
            <ul className="divide-y divide-sand-200 rounded-lg border border-sand-200 bg-white">
              {variants.map((variant) => {
                const price = getVariantPrice(variant, currencyCode)
                const inStock = isVariantInStock(variant)
                return (
                  <li key={variant.id} className="flex items-center justify-between gap-4 px-4 py-3">
                    <span className="text-bark-900">{variant.title ?? "Default"}</span>
                    <span className="flex items-center gap-3">
                      <span className={inStock ? "text-sm text-leaf-700" : "text-sm text-clay-700"}>
                        {inStock ? "In stock" : "Out of stock"}
                      </span>
                      <span className="font-semibold text-leaf-800">
                        {price ? formatAmount(price.amount, price.currencyCode) : "—"}
                      </span>
                    </span>
                  </li>
                )
              })}
            </ul>
          </section>
        ) : null}
      </div>
    </article>
  )
}
