import { invalidRequest, StoreArticleClickBody } from "@supplement-store/contract"

import { hasPublishableKey } from "@/lib/config"
import { recordArticleClick } from "@/lib/data/attribution"
import { StoreApiError } from "@/lib/util/errors"
import { fromOwnPages } from "@/lib/util/own-pages"

export const dynamic = "force-dynamic"

/**
 * POST /api/attribution/clicks `{ article_handle, product_id }`: the reader clicked a featured product on
 * an article (sent with `keepalive` by the article page as the link opens). Forwards to the backend with
 * who the reader is; records nothing for a reader who sent DNT or GPC.
 */
export async function POST(request: Request): Promise<Response> {
  if (!fromOwnPages(request)) {
    return Response.json({ type: "not_allowed", message: "Clicks are recorded from this store's own pages only" }, { status: 403 })
  }
  const parsed = StoreArticleClickBody.safeParse(await request.json().catch(() => null))
  if (!parsed.success) {
    return Response.json(invalidRequest(parsed.error, "click"), { status: 400 })
  }
  if (!hasPublishableKey()) {
    return Response.json({ type: "unexpected_state", message: "The store is not configured" }, { status: 503 })
  }
  try {
    const result = await recordArticleClick(parsed.data.article_handle, parsed.data.product_id)
    return Response.json(result ?? { recorded: false }, { headers: { "Cache-Control": "no-store" } })
  } catch (error) {
    // The backend's own refusals (unknown article, too many clicks) pass through; anything else is its outage.
    if (error instanceof StoreApiError && error.status < 500) {
      return Response.json(error.body, { status: error.status })
    }
    console.error("attribution: could not record a click", error)
    return Response.json({ type: "unexpected_state", message: "The click was not recorded" }, { status: 502 })
  }
}
