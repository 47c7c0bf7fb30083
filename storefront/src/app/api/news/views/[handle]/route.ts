import { hasPublishableKey } from "@/lib/config"
import { recordArticleRead } from "@/lib/data/attribution"
import { recordArticleView, type ViewResult } from "@/lib/data/news"
import { fromOwnPages } from "@/lib/util/own-pages"
import { isHandle } from "@/lib/util/search-params"

export const dynamic = "force-dynamic"

/**
 * POST /api/news/views/<handle>: counts a view of the article (called once
 * per page load by the article page) and, in the same trip, records the read
 * of an existing article for attribution (unless the reader opted out). Forwards to the backend with the
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
  let view: ViewResult
  try {
    view = await recordArticleView(handle)
  } catch (error) {
    console.error("news: could not record an article view", error)
    return Response.json({ type: "unavailable" }, { status: 502 })
  }
  if (!view) {
    return Response.json({ type: "not_found" }, { status: 404 })
  }
  // A lost attribution record is not worth failing the view count for.
  await recordArticleRead(handle).catch((error) => console.error("attribution: could not record an article read", error))
  return Response.json(view, { status: view.counted ? 201 : 200, headers: { "Cache-Control": "no-store" } })
}
