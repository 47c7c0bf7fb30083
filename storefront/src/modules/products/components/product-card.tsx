import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"

import { isProductOutOfStock } from "@/lib/util/product"
import ProductPrice from "@/modules/products/components/product-price"
import ProductThumbnail from "@/modules/products/components/product-thumbnail"
import OutOfStockBadge from "@/modules/products/components/stock-badge"

type ProductCardProps = {
  product: HttpTypes.StoreProduct
  currencyCode: string
}

export default function ProductCard({ product, currencyCode }: ProductCardProps) {
  const outOfStock = isProductOutOfStock(product)
  const href = `/products/${encodeURIComponent(product.handle)}`

  return (
    <Link
      href={href}
      className="group flex h-full flex-col overflow-hidden rounded-lg border border-sand-200 bg-white no-underline shadow-sm transition hover:border-leaf-300 hover:shadow-md"
    >
      <ProductThumbnail src={product.thumbnail} title={product.title} />
      <div className="flex flex-1 flex-col gap-1 p-4">
        <h2 className="font-semibold text-bark-900 group-hover:text-leaf-700">{product.title}</h2>
        {product.subtitle ? <p className="text-sm text-bark-600">{product.subtitle}</p> : null}
        <div className="mt-auto flex items-center justify-between gap-2 pt-3">
          <ProductPrice product={product} currencyCode={currencyCode} />
          {outOfStock ? <OutOfStockBadge /> : null}
        </div>
      </div>
    </Link>
  )
}
