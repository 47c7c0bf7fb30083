import type { HttpTypes } from "@medusajs/types"

import ProductCard from "@/modules/products/components/product-card"

type ProductGridProps = {
  products: HttpTypes.StoreProduct[]
  currencyCode: string
}

export default function ProductGrid({ products, currencyCode }: ProductGridProps) {
  return (
    <ul className="grid grid-cols-1 gap-6 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-4">
      {products.map((product) => (
        <li key={product.id}>
          <ProductCard product={product} currencyCode={currencyCode} />
        </li>
      ))}
    </ul>
  )
}
