import type { Product } from "@/lib/data/products"
import ProductCard from "@/modules/products/components/product-card"

type ProductGridProps = {
  products: Product[]
  currencyCode: string
  headingLevel?: 2 | 3
  /** "compact" fits rows of four even on medium screens (home page rows). */
  variant?: "default" | "compact"
}

export default function ProductGrid({
  products,
  currencyCode,
  headingLevel = 2,
  variant = "default",
}: ProductGridProps) {
  const columns =
    variant === "compact"
      ? "grid-cols-2 md:grid-cols-3 lg:grid-cols-4"
      : "grid-cols-2 lg:grid-cols-3 xl:grid-cols-4"
  return (
    <ul className={`grid gap-4 sm:gap-6 ${columns}`}>
      {products.map((product) => (
        <li key={product.id}>
          <ProductCard product={product} currencyCode={currencyCode} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  )
}
