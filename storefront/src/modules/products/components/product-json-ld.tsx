import type { Product, ProductBrand } from "@/lib/data/products"
import type { ProductReviews } from "@/lib/data/reviews"
import { absoluteUrl } from "@/lib/site"
import { safeImageUrl } from "@/lib/util/images"
import { getVariantPrice, isVariantInStock } from "@/lib/util/product"
import JsonLd from "@/modules/common/components/json-ld"

type ProductJsonLdProps = {
  product: Product
  brand: ProductBrand | null
  currencyCode: string
  categoryName?: string
  reviews: ProductReviews
}

/** How many reviews the structured data carries (the most helpful ones, from the page's first page). */
const JSON_LD_REVIEWS = 5

/** schema.org AggregateRating and Reviews, when the product has approved reviews. */
function ratingData({ summary, firstPage }: ProductReviews) {
  if (!summary || summary.count <= 0) {
    return {}
  }
  return {
    aggregateRating: {
      "@type": "AggregateRating",
      ratingValue: summary.average.toFixed(1),
      reviewCount: summary.count,
      bestRating: 5,
      worstRating: 1,
    },
    review: (firstPage?.reviews ?? []).slice(0, JSON_LD_REVIEWS).map((review) => ({
      "@type": "Review",
      author: { "@type": "Person", name: review.author_name },
      name: review.title,
      reviewBody: review.body,
      datePublished: review.created_at.slice(0, 10),
      reviewRating: { "@type": "Rating", ratingValue: review.rating, bestRating: 5, worstRating: 1 },
    })),
  }
}

/** schema.org Product with one Offer per variant, and its rating and top reviews. */
export default function ProductJsonLd({ product, brand, currencyCode, categoryName, reviews }: ProductJsonLdProps) {
  const url = absoluteUrl(`/products/${encodeURIComponent(product.handle)}`)
  const image = safeImageUrl(product.thumbnail)
  const variants = product.variants ?? []

  const offers = variants.flatMap((variant) => {
    const price = getVariantPrice(variant, currencyCode)
    if (!price) {
      return []
    }
    const inStock = isVariantInStock(variant)
    const backorder =
      inStock && variant.manage_inventory !== false && variant.allow_backorder && (variant.inventory_quantity ?? 0) <= 0
    return [
      {
        "@type": "Offer",
        name: variant.title ?? undefined,
        sku: variant.sku ?? undefined,
        url: variants.length > 1 ? `${url}?variant=${encodeURIComponent(variant.id)}` : url,
        price: price.amount.toFixed(2),
        priceCurrency: price.currencyCode.toUpperCase(),
        availability: backorder
          ? "https://schema.org/BackOrder"
          : inStock
            ? "https://schema.org/InStock"
            : "https://schema.org/OutOfStock",
        itemCondition: "https://schema.org/NewCondition",
      },
    ]
  })

  return (
    <JsonLd
      data={{
        "@context": "https://schema.org",
        "@type": "Product",
        name: product.title,
        description: product.description ?? product.subtitle ?? undefined,
        sku: variants[0]?.sku ?? undefined,
        url,
        image: image ? [image.toString()] : undefined,
        category: categoryName,
        brand: brand ? { "@type": "Brand", name: brand.name } : undefined,
        offers,
        ...ratingData(reviews),
      }}
    />
  )
}
