import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { connection } from "next/server"

import { hasPublishableKey } from "@/lib/config"
import { getProductByHandle } from "@/lib/data/products"
import MissingKeyNotice from "@/modules/common/components/missing-key-notice"
import ProductDetails from "@/modules/products/components/product-details"

type ProductPageProps = {
  params: Promise<{ handle: string }>
}

export async function generateMetadata({ params }: ProductPageProps): Promise<Metadata> {
  await connection()
  if (!hasPublishableKey()) {
    return {}
  }
  const { handle } = await params
  const result = await getProductByHandle(handle)
  if (!result) {
    return { title: "Product not found" }
  }
  const { product } = result
  return {
    title: product.title,
    description: product.subtitle ?? undefined,
  }
}

export default async function ProductPage({ params }: ProductPageProps) {
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

  return <ProductDetails product={result.product} currencyCode={result.currencyCode} />
}
