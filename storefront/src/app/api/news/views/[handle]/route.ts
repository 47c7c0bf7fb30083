import { hasPublishableKey } from "@/lib/config"
import { recordArticleView } from "@/lib/data/news"
import { SITE_URL } from "@/lib/site"
import { isHandle } from "@/lib/util/search-params"

export const dynamic = "force-dynamic"

/**
 * Whether the post comes from the storefront's own pages (browsers send `Origin` with every POST):
 * another site could otherwise have each of its visitors add a view.
 */
function fromOwnPages(request: Request): boolean {
  const origin = request.headers.get("origin")
  try {
    return origin !== null && (origin === SITE_URL.origin || new URL(origin).host === request.headers.get("host"))
  } catch {
    return false
  }
}

/**
 * POST /api/news/views/<handle>: counts a view of the article (called once
 * per page load by the article page). Forwards to the backend with the
 * reader's address, so the backend's once-per-reader-per-day rule sees the
 * reader rather than the storefront.
 */
export async function POST(request: Request, { params }: { params: Promise<{ handle: string }> }): Promise<Response> {
  if (!fromOwnPages(request)) {
    return Response.json({ type: "forbidden", message: "Views are counted from this store's own pages only" }, { status: 403 })
  }
  const { handle } = await params
  if (!isHandle(handle)) {
    return Response.json({ type: "not_found" }, { status: 404 })
  }
  if (!hasPublishableKey()) {
    return Response.json({ type: "unavailable" }, { status: 503 })
  }
  try {
    const result = await recordArticleView(handle)
    if (!result) {
      return Response.json({ type: "not_found" }, { status: 404 })
    }
    return Response.json(result, { status: result.counted ? 201 : 200, headers: { "Cache-Control": "no-store" } })
  } catch (error) {
    console.error("news: could not record an article view", error)
    return Response.json({ type: "unavailable" }, { status: 502 })
  }
}
