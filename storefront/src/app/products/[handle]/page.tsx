import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { connection } from "next/server"

import { hasPublishableKey } from "@/lib/config"
import { getClubPrices } from "@/lib/data/club"
import { listProductArticles, type ArticleSummary } from "@/lib/data/news"
import { getProductByHandle } from "@/lib/data/products"
import { firstParam, type SearchParams } from "@/lib/util/search-params"
import MissingKeyNotice from "@/modules/common/components/missing-key-notice"
import ProductTemplate from "@/modules/products/templates/product-template"

type ProductPageProps = {
  params: Promise<{ handle: string }>
  searchParams: Promise<SearchParams>
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`
}

export async function generateMetadata({ params }: ProductPageProps): Promise<Metadata> {
  await connection()
  if (!hasPublishableKey()) {
    return {}
  }
  const { handle } = await params
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

/** Up to 4 articles featuring the product; the product page never fails because the newsroom did. */
async function productArticles(productId: string): Promise<ArticleSummary[]> {
  try {
    return await listProductArticles(productId, 4)
  } catch (error) {
    console.error("product page: featured articles could not be loaded", error)
    return []
  }
}

export default async function ProductPage({ params, searchParams }: ProductPageProps) {
  // Render per request, never at build time; backend responses are cached in lib/data.
  await connection()

  if (!hasPublishableKey()) {
    return <MissingKeyNotice />
  }

  const { handle } = await params
  const result = await getProductByHandle(handle)
  if (!result) {
    notFound()
  }
  const { product, currencyCode } = result

  const [clubPrices, articles] = await Promise.all([getClubPrices(product.id), productArticles(product.id)])

  return (
    <ProductTemplate
      product={product}
      brand={product.brand ?? null}
      currencyCode={currencyCode}
      clubPrices={clubPrices}
      requestedVariantId={firstParam((await searchParams).variant)}
      articles={articles}
    />
  )
}
