import type { Product } from "@/lib/data/products"
import ProductGrid from "@/modules/products/components/product-grid"
import FdaNotice from "@/modules/supplement-facts/components/fda-notice"

type ProductsForArticleProps = {
  products: Product[]
  currencyCode: string
}

/**
 * "Products for this article": what the catalogue offers for an article that features no product,
 * ranked from its text, as product cards (price, stock). Nothing when there are none.
 */
export default function ProductsForArticle({ products, currencyCode }: ProductsForArticleProps) {
  if (products.length === 0) {
    return null
  }
  return (
    <section
      aria-labelledby="products-for-article-heading"
      id="products-for-article"
      className="mt-12 border-t border-sand-200 pt-8"
      data-testid="products-for-article"
    >
      <h2 id="products-for-article-heading" className="mb-5 font-serif text-2xl font-semibold text-bark-900">
        Products for this article
      </h2>
      <ProductGrid products={products} currencyCode={currencyCode} headingLevel={3} variant="compact" />
      {/* The article beside these products speaks of health. */}
      <FdaNotice className="mt-4" />
    </section>
  )
}
