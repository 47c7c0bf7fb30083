import type { Product, ProductBrand } from "@/lib/data/products"
import { absoluteUrl } from "@/lib/site"
import { safeImageUrl } from "@/lib/util/images"
import { getVariantPrice, isVariantInStock } from "@/lib/util/product"
import JsonLd from "@/modules/common/components/json-ld"

type ProductJsonLdProps = {
  product: Product
  brand: ProductBrand | null
  currencyCode: string
  categoryName?: string
}

/** schema.org Product with one Offer per variant. */
export default function ProductJsonLd({ product, brand, currencyCode, categoryName }: ProductJsonLdProps) {
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
      }}
    />
  )
}
