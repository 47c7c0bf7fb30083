import type { Product } from "@/lib/data/products"
import ProductGrid from "@/modules/products/components/product-grid"

/** "You may also like": products of the same category or brand (chosen in lib/data/products.ts). */
export default function RelatedProducts({ products, currencyCode }: { products: Product[]; currencyCode: string }) {
  if (products.length === 0) return null
  return (
    <section aria-labelledby="related-products" className="mt-12" data-testid="related-products">
      <h2 id="related-products" className="mb-4 font-serif text-2xl font-semibold text-bark-900">
        You may also like
      </h2>
      <ProductGrid products={products} currencyCode={currencyCode} headingLevel={3} variant="compact" />
    </section>
  )
}
