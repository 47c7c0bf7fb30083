import { hasPublishableKey } from "@/lib/config"
import { recordArticleView } from "@/lib/data/news"
import { isHandle } from "@/lib/util/search-params"

export const dynamic = "force-dynamic"

/**
 * The reader's address as the nearest proxy saw it: the last X-Forwarded-For
 * entry (earlier ones are whatever the client claimed), else X-Real-IP.
 */
function visitorIp(request: Request): string | null {
  const forwarded = request.headers.get("x-forwarded-for")
  const last = forwarded?.split(",").map((part) => part.trim()).filter(Boolean).pop()
  const ip = last || request.headers.get("x-real-ip")?.trim() || null
  return ip && ip.length <= 64 && /^[0-9a-fA-F:.]+$/.test(ip) ? ip : null
}

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
      ip: visitorIp(request),
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
