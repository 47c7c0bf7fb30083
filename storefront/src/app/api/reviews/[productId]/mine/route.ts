import { NextResponse } from "next/server"

import { hasPublishableKey } from "@/lib/config"
import { getOwnReviews, isProductId } from "@/lib/data/reviews"
import type { ReviewReader } from "@/modules/reviews/reader"

// Read from the reader's cookies on every request; never cached, never prerendered.
export const dynamic = "force-dynamic"

/**
 * GET /api/reviews/<productId>/mine → ReviewReader: whether the reader is a logged-in customer, and
 * their review of the product whatever its status. The product page is cached and shared by every
 * shopper; its review form asks for this in the browser.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ productId: string }> }): Promise<Response> {
  const { productId } = await params
  if (!isProductId(productId)) {
    return NextResponse.json({ message: "No such product" }, { status: 404 })
  }
  if (!hasPublishableKey()) {
    return NextResponse.json({ message: "The store is not configured" }, { status: 503 })
  }
  try {
    const reviews = await getOwnReviews(productId)
    const reader: ReviewReader = reviews
      ? { customer: true, review: reviews.find((review) => review.product_id === productId) ?? null }
      : { customer: false, review: null }
    return NextResponse.json(reader, { headers: { "Cache-Control": "private, no-store", Vary: "Cookie" } })
  } catch (error) {
    console.error("reviews: could not load the reader's review", error)
    return NextResponse.json({ message: "Your review couldn't be loaded" }, { status: 502 })
  }
}
