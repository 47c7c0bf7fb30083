import { ListReviewsQuery } from "@supplement-store/contract"
import { NextResponse, type NextRequest } from "next/server"

import { hasPublishableKey } from "@/lib/config"
import { getReviewPage, isProductId } from "@/lib/data/reviews"

/**
 * GET /api/reviews/<productId>?sort=&rating=&offset= → ReviewListResponse: a page of a product's
 * approved reviews, for the product page's list when the shopper sorts, filters or turns a page (the
 * page itself carries the first one). Read through the cached lib/data read, so it is as fresh as the page.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ productId: string }> }): Promise<Response> {
  const { productId } = await params
  if (!isProductId(productId)) {
    return NextResponse.json({ message: "No such product" }, { status: 404 })
  }
  if (!hasPublishableKey()) {
    return NextResponse.json({ message: "The store is not configured" }, { status: 503 })
  }
  const query = ListReviewsQuery.safeParse(Object.fromEntries(request.nextUrl.searchParams))
  if (!query.success) {
    return NextResponse.json({ message: "Not a valid sort, rating or page" }, { status: 400 })
  }
  const { sort, rating, offset } = query.data
  try {
    const page = await getReviewPage(productId, sort, offset ?? 0, rating)
    if (!page) {
      return NextResponse.json({ message: "No such product" }, { status: 404 })
    }
    return NextResponse.json(page)
  } catch (error) {
    console.error("reviews: could not load a page of reviews", error)
    return NextResponse.json({ message: "The reviews couldn't be loaded" }, { status: 502 })
  }
}
