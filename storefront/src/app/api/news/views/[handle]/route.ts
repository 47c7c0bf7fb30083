import { hasPublishableKey } from "@/lib/config"
import { recordArticleView } from "@/lib/data/news"
import { isHandle } from "@/lib/util/search-params"
import { visitorIp } from "@/lib/util/visitor-ip"

export const dynamic = "force-dynamic"

/**
 * POST /api/news/views/<handle>: counts a view of the article (called once
 * per page load by the article page). Forwards to the backend with the
 * reader's address and user agent, so the backend's once-per-visitor-per-day
 * rule sees the reader rather than the storefront.
 */
export async function POST(request: Request, { params }: { params: Promise<{ handle: string }> }): Promise<Response> {
  const { handle } = await params
  if (!isHandle(handle)) {
    return Response.json({ type: "not_found" }, { status: 404 })
  }
  if (!hasPublishableKey()) {
    return Response.json({ type: "unavailable" }, { status: 503 })
  }
  try {
    const result = await recordArticleView(handle, {
      ip: visitorIp(request.headers),
      userAgent: request.headers.get("user-agent"),
    })
    if (!result) {
      return Response.json({ type: "not_found" }, { status: 404 })
    }
    return Response.json(result, { status: result.counted ? 201 : 200, headers: { "Cache-Control": "no-store" } })
  } catch (error) {
    console.error("news: could not record an article view", error)
    return Response.json({ type: "unavailable" }, { status: 502 })
  }
}
