import { NextResponse, type NextRequest } from "next/server"

import { instantSearch, MAX_SEARCH_LENGTH } from "@/lib/data/search"

export const dynamic = "force-dynamic"

/**
 * GET /api/search?q= → `{ products, articles }` for the header's instant results. The browser has
 * no publishable key, so it asks here and the data layer asks the backend.
 */
export async function GET(request: NextRequest) {
  const q = request.nextUrl.searchParams.get("q")?.trim() ?? ""
  if (!q) {
    return NextResponse.json({ products: [], articles: [] })
  }
  if (q.length > MAX_SEARCH_LENGTH) {
    return NextResponse.json({ message: `Search text must be at most ${MAX_SEARCH_LENGTH} characters` }, { status: 400 })
  }
  try {
    return NextResponse.json(await instantSearch(q), { headers: { "Cache-Control": "public, max-age=30" } })
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status && status >= 400 && status < 500) {
      return NextResponse.json({ message: (error as Error).message }, { status })
    }
    console.error("search: instant results failed", error)
    return NextResponse.json({ message: "Search is unavailable right now" }, { status: 502 })
  }
}
