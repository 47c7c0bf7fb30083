import "server-only"

import type { Metadata } from "next"
import { notFound } from "next/navigation"

import { hasPublishableKey } from "@/lib/config"
import { getAutoshipPlan, getClubPrices } from "@/lib/data/autoship"
import { listProductArticles, listRelatedArticles, type ArticleSummary } from "@/lib/data/news"
import { getProductByHandle, listRelatedProducts, type Product } from "@/lib/data/products"
import { getProductReviews } from "@/lib/data/reviews"
import MissingKeyNotice from "@/modules/common/components/missing-key-notice"
import InTheNews from "@/modules/news/components/in-the-news"
import ProductTemplate from "@/modules/products/templates/product-template"

/**
 * A product page (the product, and the newsroom's "In the news" or "Related articles" block under it), shared by /products/[handle] (cached, the default variant) and
 * /products/[handle]/variants/[variantId] (where next.config.ts rewrites `?variant=`,
 * so that choosing an option works without JavaScript).
 */

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`
}

export async function productMetadata(handle: string): Promise<Metadata> {
  if (!hasPublishableKey()) {
    return {}
  }
  const result = await getProductByHandle(handle)
  if (!result) {
    return { title: "Product not found", robots: { index: false } }
  }
  const { product } = result
  const path = `/products/${encodeURIComponent(product.handle)}`
  const description = truncate(product.subtitle || product.description || product.title, 160)
  return {
    title: product.title,
    description,
    alternates: { canonical: path },
    openGraph: { title: product.title, description, url: path, type: "website" },
  }
}

/**
 * Up to 4 articles featuring the product, or else the articles related to what it is for; the
 * product page never fails because the newsroom did.
 */
async function productArticles(productId: string): Promise<{ articles: ArticleSummary[]; related: boolean }> {
  try {
    const featuring = await listProductArticles(productId, 4)
    if (featuring.length > 0) {
      return { articles: featuring, related: false }
    }
    return { articles: await listRelatedArticles(productId), related: true }
  } catch (error) {
    console.error("product page: its articles could not be loaded", error)
    return { articles: [], related: false }
  }
}

/** Related products; the product page never fails because they could not be read. */
async function relatedProducts(product: Product): Promise<Product[]> {
  try {
    return await listRelatedProducts(product)
  } catch (error) {
    console.error("product page: its related products could not be loaded", error)
    return []
  }
}

type ProductPageContentProps = {
  handle: string
  /** The variant to show selected (`?variant=`); unknown ids fall back to the default one. */
  requestedVariantId?: string
}

export async function ProductPageContent({ handle, requestedVariantId }: ProductPageContentProps) {
  if (!hasPublishableKey()) {
    return <MissingKeyNotice />
  }

  const result = await getProductByHandle(handle)
  if (!result) {
    notFound()
  }
  const { product, currencyCode } = result

  const [clubPrices, autoshipPlan, news, reviews, related] = await Promise.all([
    getClubPrices(product.id),
    getAutoshipPlan(),
    productArticles(product.id),
    getProductReviews(product.id),
    relatedProducts(product),
  ])

  return (
    <ProductTemplate
      product={product}
      brand={product.brand ?? null}
      currencyCode={currencyCode}
      clubPrices={clubPrices}
      autoshipPlan={autoshipPlan}
      requestedVariantId={requestedVariantId}
      inTheNews={<InTheNews articles={news.articles} related={news.related} />}
      reviews={reviews}
      related={related}
    />
  )
}
