import type { AutoshipPlanResponse } from "@supplement-store/contract"
import Link from "next/link"
import type { ReactNode } from "react"

import type { ClubPrices } from "@/lib/data/autoship"
import type { Product, ProductBrand } from "@/lib/data/products"
import type { ProductReviews } from "@/lib/data/reviews"
import { canOptimizeImage, safeImageUrl } from "@/lib/util/images"
import { getStockState, getVariantPrice, isVariantInStock } from "@/lib/util/product"
import Breadcrumbs, { type Crumb } from "@/modules/common/components/breadcrumbs"
import ProductActions, { type VariantChoice } from "@/modules/products/components/product-actions"
import ProductGallery, { type GalleryImage } from "@/modules/products/components/product-gallery"
import ProductJsonLd from "@/modules/products/components/product-json-ld"
import ProductThumbnail from "@/modules/products/components/product-thumbnail"
import RelatedProducts from "@/modules/products/components/related-products"
import ShippingReturns from "@/modules/products/components/shipping-returns"
import ReviewsSection from "@/modules/reviews/components/reviews-section"
import FdaNotice from "@/modules/supplement-facts/components/fda-notice"
import SupplementFactsPanel from "@/modules/supplement-facts/components/supplement-facts-panel"

type ProductTemplateProps = {
  product: Product
  brand: ProductBrand | null
  currencyCode: string
  clubPrices: ClubPrices
  /** What autoship offers (null: one-time purchases only). */
  autoshipPlan: AutoshipPlanResponse | null
  /** `?variant=` from the URL, when it names one of this product's variants. */
  requestedVariantId?: string
  /** The "In the news" block under the product (the newsroom's, composed by the route). */
  inTheNews?: ReactNode
  /** The rating summary and the first page of reviews (what every shopper sees). */
  reviews: ProductReviews
  /** Products of the same category or brand, shown under the reviews. */
  related: Product[]
}

function clubPriceFor(club: number | undefined, current: number | undefined): number | null {
  if (club === undefined) return null
  return current === undefined || club < current ? club : null
}

function toChoices(product: Product, currencyCode: string, clubPrices: ClubPrices): VariantChoice[] {
  return (product.variants ?? []).map((variant) => {
    const price = getVariantPrice(variant, currencyCode)
    const managed = variant.manage_inventory !== false && !variant.allow_backorder
    return {
      id: variant.id,
      title: variant.title ?? "Standard",
      sku: variant.sku ?? null,
      price: price ? { amount: price.amount, originalAmount: price.originalAmount, onSale: price.onSale } : null,
      // A "club price" at or above what everyone pays today (e.g. during a sale) is no perk: hide it.
      clubPrice: clubPriceFor(clubPrices[variant.id], price?.amount),
      stock: getStockState(variant),
      purchasable: isVariantInStock(variant) && price !== null,
      maxQuantity: managed ? Math.max(0, variant.inventory_quantity ?? 0) : undefined,
    }
  })
}

/** The thumbnail first, then the other images in their order; only http(s) URLs. */
function galleryImages(product: Product): GalleryImage[] {
  const images = [...(product.images ?? [])].sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0)).map((image) => image.url)
  const urls = [...new Set([product.thumbnail, ...images])]
  return urls.flatMap((src) => {
    const url = safeImageUrl(src)
    return url ? [{ src: url.toString(), unoptimized: !canOptimizeImage(url) }] : []
  })
}

export default function ProductTemplate({
  product,
  brand,
  currencyCode,
  clubPrices,
  autoshipPlan,
  requestedVariantId,
  inTheNews,
  reviews,
  related,
}: ProductTemplateProps) {
  const choices = toChoices(product, currencyCode, clubPrices)
  const gallery = galleryImages(product)
  const initialVariantId =
    choices.find((c) => c.id === requestedVariantId)?.id ??
    choices.find((c) => c.purchasable)?.id ??
    choices[0]?.id ??
    null
  // Lowest rank first, so the breadcrumb's category is the same on every request.
  const categories = (product.categories ?? [])
    .filter((c): c is NonNullable<typeof c> => Boolean(c?.handle))
    .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0) || a.name.localeCompare(b.name))
  const primaryCategory = categories[0]
  const optionLabel = product.options?.length === 1 && product.options[0]?.title ? product.options[0].title : "Option"

  const crumbs: Crumb[] = [{ label: "Home", href: "/" }]
  crumbs.push(
    primaryCategory
      ? { label: primaryCategory.name, href: `/categories/${encodeURIComponent(primaryCategory.handle)}` }
      : { label: "Store", href: "/store" }
  )
  crumbs.push({ label: product.title, href: `/products/${encodeURIComponent(product.handle)}` })

  return (
    <>
      <Breadcrumbs items={crumbs} />

      <article className="grid gap-8 md:grid-cols-2 md:gap-12">
        {gallery.length ? (
          <ProductGallery images={gallery} title={product.title} />
        ) : (
          <ProductThumbnail src={null} title={product.title} className="rounded-xl" />
        )}

        <div className="flex flex-col gap-5">
          <header className="flex flex-col gap-2">
            {brand ? (
              <Link
                href={`/brands/${encodeURIComponent(brand.handle)}`}
                className="self-start text-sm font-semibold tracking-wide text-leaf-700 uppercase hover:underline"
              >
                {brand.name}
              </Link>
            ) : null}
            <h1 className="font-serif text-3xl font-semibold text-bark-900 sm:text-4xl">{product.title}</h1>
            {product.subtitle ? <p className="text-lg text-bark-600">{product.subtitle}</p> : null}
          </header>

          <ProductActions
            productTitle={product.title}
            variants={choices}
            initialVariantId={initialVariantId}
            currencyCode={currencyCode}
            optionLabel={optionLabel}
            autoshipPlan={autoshipPlan}
          />

          {product.description ? (
            <section aria-labelledby="product-description" className="border-t border-sand-200 pt-5">
              <h2 id="product-description" className="mb-2 font-serif text-xl font-semibold text-bark-900">
                About this product
              </h2>
              {/* Plain text: backend content is never rendered as HTML. The asterisk refers to the FDA notice below. */}
              <p className="leading-relaxed whitespace-pre-line text-bark-700">
                {product.description}
                <span aria-hidden="true">*</span>
              </p>
            </section>
          ) : null}

          {product.supplement_facts ? <SupplementFactsPanel facts={product.supplement_facts} /> : null}

          <FdaNotice referenced={Boolean(product.description)} />

          <ShippingReturns currencyCode={currencyCode} />

          {categories.length > 0 ? (
            <section aria-labelledby="product-topics" className="border-t border-sand-200 pt-5">
              <h2 id="product-topics" className="mb-2 text-sm font-semibold text-bark-900">
                Health topics
              </h2>
              <ul className="flex flex-wrap gap-2">
                {categories.map((category) => (
                  <li key={category.id}>
                    <Link
                      href={`/categories/${encodeURIComponent(category.handle)}`}
                      className="inline-block rounded-full border border-leaf-200 bg-leaf-50 px-3 py-1 text-sm text-leaf-800 no-underline hover:border-leaf-400"
                    >
                      {category.name}
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>
      </article>

      <ReviewsSection
        productId={product.id}
        productHandle={product.handle}
        summary={reviews.summary}
        firstPage={reviews.firstPage}
      />

      <RelatedProducts products={related} currencyCode={currencyCode} />

      {inTheNews}

      <ProductJsonLd
        product={product}
        brand={brand}
        currencyCode={currencyCode}
        categoryName={primaryCategory?.name}
        reviews={reviews}
      />
    </>
  )
}
