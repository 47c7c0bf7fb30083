import Link from "next/link"

import type { FeaturedProduct, FeaturedVariant } from "@/lib/data/news"
import { getVariantPrice } from "@/lib/util/product"
import { FEATURED_PRODUCT_ATTRIBUTE } from "@/modules/attribution/featured-link"
import AddToCart from "@/modules/cart/components/add-to-cart"
import PriceAmounts from "@/modules/products/components/price-amounts"
import ProductThumbnail from "@/modules/products/components/product-thumbnail"
import FdaNotice from "@/modules/supplement-facts/components/fda-notice"

/**
 * Whether the variant can be added to the cart: untracked or backorderable
 * variants always; tracked ones when they have stock left, or when the stock
 * couldn't be read (the cart re-checks it anyway).
 */
function isPurchasable(variant: FeaturedVariant): boolean {
  if (!variant.manage_inventory || variant.allow_backorder) {
    return true
  }
  return typeof variant.inventory_quantity !== "number" || variant.inventory_quantity > 0
}

function maxQuantityOf(variant: FeaturedVariant): number | undefined {
  if (!variant.manage_inventory || variant.allow_backorder || typeof variant.inventory_quantity !== "number") {
    return undefined
  }
  return Math.max(0, variant.inventory_quantity)
}

type FeaturedProductsProps = {
  products: FeaturedProduct[]
  currencyCode: string
}

/** "Products in this article": each with its first variant's price and an add-to-cart form, then the FDA notice. */
export default function FeaturedProducts({ products, currencyCode }: FeaturedProductsProps) {
  if (products.length === 0) {
    return null
  }
  return (
    <section aria-labelledby="featured-products-heading" id="featured-products" className="mt-12 border-t border-sand-200 pt-8">
      <h2 id="featured-products-heading" className="mb-5 font-serif text-2xl font-semibold text-bark-900">
        Products in this article
      </h2>
      <ul className="grid gap-5 sm:grid-cols-2">
        {products.map((product) => {
          const variant = product.variants[0]
          const price = variant ? getVariantPrice(variant, currencyCode) : null
          const purchasable = Boolean(variant && price && isPurchasable(variant))
          const href = `/products/${encodeURIComponent(product.handle)}`
          const recordClick = { [FEATURED_PRODUCT_ATTRIBUTE]: product.id }
          return (
            <li key={product.id}>
              <article
                className="flex h-full gap-4 rounded-lg border border-sand-200 bg-white p-4 shadow-sm"
                data-testid="featured-product"
                data-handle={product.handle}
              >
                <Link href={href} className="block w-24 shrink-0 sm:w-28" tabIndex={-1} aria-hidden="true" {...recordClick}>
                  <ProductThumbnail src={product.thumbnail} title={product.title} className="rounded-md" sizes="112px" />
                </Link>
                <div className="flex min-w-0 flex-1 flex-col gap-1">
                  <h3 className="font-semibold leading-snug text-bark-900">
                    <Link href={href} className="text-bark-900 no-underline hover:text-leaf-700 hover:underline" {...recordClick}>
                      {product.title}
                    </Link>
                  </h3>
                  {product.subtitle ? <p className="text-sm text-bark-600">{product.subtitle}</p> : null}
                  {variant?.title && product.variants.length > 1 ? (
                    <p className="text-xs text-bark-500">{variant.title}</p>
                  ) : null}
                  <p className="mt-1 flex flex-wrap items-baseline gap-x-2" data-testid="featured-product-price">
                    {price ? (
                      <PriceAmounts price={price} />
                    ) : (
                      <span className="text-sm text-bark-500">Price unavailable</span>
                    )}
                  </p>
                  <div className="mt-2 print:hidden" data-print="hide">
                    <AddToCart
                      variantId={variant?.id ?? null}
                      disabled={!purchasable}
                      maxQuantity={variant ? maxQuantityOf(variant) : undefined}
                    />
                  </div>
                </div>
              </article>
            </li>
          )
        })}
      </ul>
      {/* The article around these products says what they do for health. */}
      <FdaNotice className="mt-4" />
    </section>
  )
}
